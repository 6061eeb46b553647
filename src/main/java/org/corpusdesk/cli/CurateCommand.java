package org.corpusdesk.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.corpusdesk.curation.CurationService;
import org.corpusdesk.curation.CurationSheet;
import org.corpusdesk.user.CurrentUser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "curate", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Curation from the command line: lists the articles waiting for curation (two or more editors' "
                + "layers, not curated, approved or rejected), or accepts into the gold layer every span and attribution "
                + "that all of an article's editors made alike, leaving the conflicts to the Curation page "
                + "(docs/agreement.md).",
                "Examples: curate --list;  curate --accept-agreed --articles 12,40-45;  curate --accept-agreed --waiting",
                "Exit code 0: done; 2: bad option or unknown article."})
public class CurateCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Option(names = "--list", description = "list the articles waiting for curation, with their units and conflicts")
    boolean list;

    @Option(names = "--accept-agreed", description = "accept every agreed span and attribution into gold")
    boolean acceptAgreed;

    @Option(names = "--articles", split = ",", paramLabel = "ID[-ID]", description = "these articles")
    List<String> articles = new ArrayList<>();

    @Option(names = "--waiting", description = "every article waiting for curation")
    boolean waiting;

    @Option(names = "--mark-curated", description = "then mark the articles curated (only where no conflict is left)")
    boolean markCurated;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (list == acceptAgreed) {
            spec.commandLine().getErr().println("error: choose --list or --accept-agreed");
            return CliExit.REJECTED;
        }
        CurationService curation = database.bean(CurationService.class);
        try {
            CurrentUser.runAsAdministrator(CurrentUser.commandLineActor(), () -> {
                if (list) {
                    out.println("article\tlayers\tunits\tagreed\tconflicts\tgold_spans\ttitle");
                    for (CurationService.Candidate c : curation.toCurate(Integer.MAX_VALUE)) {
                        CurationSheet s = curation.sheet(c.id());
                        out.printf("%d\t%d\t%d\t%d\t%d\t%d\t%s%n", c.id(), c.layers(), s.units().size(), s.agreedUnits(),
                                s.conflictUnits(), s.goldSpans(), c.title() == null ? "" : c.title());
                    }
                } else {
                    accept(curation, out);
                }
                return null;
            });
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return CliExit.REJECTED;
        }
        out.flush();
        return CliExit.OK;
    }

    private void accept(CurationService curation, PrintWriter out) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String a : articles) {
            ids.addAll(ArticleRanges.parse("--articles", a));
        }
        if (waiting) {
            curation.toCurate(Integer.MAX_VALUE).forEach(c -> ids.add(c.id()));
        }
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("name the articles: --articles or --waiting");
        }
        int spans = 0;
        int marked = 0;
        for (long id : ids) {
            int added = curation.acceptAgreed(id);
            CurationSheet s = curation.sheet(id);
            long conflicts = s.conflictUnits();
            spans += added;
            boolean mark = markCurated && conflicts == 0;
            if (mark) {
                curation.markCurated(id);
                marked++;
            }
            out.printf("article %d: %d agreed span(s) accepted, gold has %d, %d conflict(s) left%s%n", id, added,
                    s.goldSpans(), conflicts, mark ? ", marked curated" : "");
        }
        out.printf("%d article(s), %d span(s) accepted into gold, %d marked curated%n", ids.size(), spans, marked);
    }
}
