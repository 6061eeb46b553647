package org.corpusdesk.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.corpusdesk.agreement.AgreementRow;
import org.corpusdesk.agreement.AgreementService;
import org.corpusdesk.report.QueryResult;
import org.corpusdesk.user.CurrentUser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "agreement", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Inter-annotator agreement over the articles several annotators annotated: per label, pooled over "
                + "every pair of annotators (annotator_a = annotator_b = *) and per pair; exact and overlap span F1, "
                + "Krippendorff's alpha (unitizing), Cohen's kappa and percent agreement on word tokens; then all labels "
                + "and attributions (claim, source) (docs/agreement.md).",
                "Exit code 0: printed; 2: bad option."})
public class AgreementCommand implements Callable<Integer> {

    static final List<String> COLUMNS = List.of("label", "annotator_a", "annotator_b", "articles", "spans_a", "spans_b",
            "exact_matches", "exact_f1", "overlap_matches", "overlap_f1", "alpha_u", "kappa_tokens", "percent_tokens");

    @Mixin
    DatabaseOptions database;

    @Option(names = "--labels", split = ",", paramLabel = "L", description = "only these labels, by name (exact)")
    List<String> labels = new ArrayList<>();

    @Option(names = "--annotators", split = ",", paramLabel = "U", description = "only these annotators' layers")
    List<String> annotators = new ArrayList<>();

    @Option(names = "--article", paramLabel = "ID", description = "one article only")
    Long article;

    @Option(names = "--outlet", paramLabel = "NAME", description = "only this outlet's articles (exact name)")
    String outlet;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE})")
    ResultFormat format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        AgreementService service = database.bean(AgreementService.class);
        List<AgreementRow> rows = CurrentUser.runAsAdministrator(CurrentUser.commandLineActor(),
                () -> service.agreement(new AgreementService.Filter(Set.copyOf(labels), Set.copyOf(annotators), article)
                        .withOutlet(outlet)));
        List<List<Object>> table = new ArrayList<>();
        for (AgreementRow r : rows) {
            table.add(java.util.Arrays.asList(r.label(), r.annotatorA(), r.annotatorB(), r.articles(), r.spansA(),
                    r.spansB(), r.exactMatches(), round(r.exactF1()), r.label().equals(AgreementRow.ATTRIBUTION) ? null
                            : r.overlapMatches(), round(r.overlapF1()), round(r.alphaU()), round(r.kappaTokens()),
                    round(r.percentTokens())));
        }
        format.printer().print(new QueryResult(COLUMNS, table, false), out);
        out.flush();
        if (rows.isEmpty()) {
            spec.commandLine().getErr().println("note: no article has spans of two or more annotators (of these labels)");
        }
        return CliExit.OK;
    }

    private static BigDecimal round(Double v) {
        return v == null || v.isNaN() ? null : BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP);
    }
}
