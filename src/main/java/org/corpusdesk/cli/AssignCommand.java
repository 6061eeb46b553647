package org.corpusdesk.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.corpusdesk.article.ArticleAssignmentService;
import org.corpusdesk.article.ArticleQueueService;
import org.corpusdesk.article.DistributionPlan;
import org.corpusdesk.article.DistributionResult;
import org.corpusdesk.article.QueueFilter;
import org.corpusdesk.user.AppUser;
import org.corpusdesk.user.CurrentUser;
import org.corpusdesk.user.UserService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "assign", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Shares articles among editors: each article gets --each editors (those it has count), and a "
                + "sample of --double percent of them one more, for double annotation; new assignments go to the editor "
                + "with the fewest. The articles are --articles, or those of --status/--outlet (all when neither).",
                "Examples: assign --editors ann,bob --each 2 --status new;  assign --editors ann,bob,cy --double 20",
                "Exit code 0: assigned; 2: bad option, unknown editor or too few editors."})
public class AssignCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Option(names = "--editors", split = ",", required = true, paramLabel = "USER", description = "who annotates")
    List<String> editors;

    @Option(names = "--each", defaultValue = "1", paramLabel = "N", description = "editors per article (default 1)")
    int each;

    @Option(names = "--double", defaultValue = "0", paramLabel = "PCT",
            description = "one more editor on this share of the articles, 0-100 (default 0)")
    int extraPercent;

    @Option(names = "--seed", defaultValue = "1", description = "draws the --double sample (default 1)")
    long seed;

    @Option(names = "--articles", split = ",", paramLabel = "ID[-ID]", description = "article ids and ranges")
    List<String> articles = new ArrayList<>();

    @Option(names = "--status", split = ",", paramLabel = "STATUS", description = "articles with these statuses")
    List<String> statuses = new ArrayList<>();

    @Option(names = "--outlet", description = "articles of this outlet")
    String outlet;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            return assign(out);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return CliExit.REJECTED;
        }
    }

    private int assign(PrintWriter out) {
        DistributionPlan plan = new DistributionPlan(each, extraPercent, seed);
        UserService users = database.bean(UserService.class);
        DistributionResult result = CurrentUser.runAsAdministrator(CurrentUser.commandLineActor(), () -> {
            List<AppUser> people = users.assignable();
            List<Long> editorIds = new ArrayList<>();
            for (String name : editors) {
                editorIds.add(people.stream().filter(u -> u.username().equals(name.strip())).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("--editors: no enabled user named '" + name.strip()
                                + "'")).id());
            }
            return database.bean(ArticleAssignmentService.class).distribute(selection(), editorIds, plan);
        });
        out.printf("%d article(s) selected, %d got new editors, %d sampled for one more editor%n", result.articles(),
                result.changed(), result.sampled());
        result.addedPerEditor().forEach((name, n) -> out.printf("  %s: %d new assignment(s)%n", name, n));
        out.flush();
        return CliExit.OK;
    }

    private List<Long> selection() {
        if (!articles.isEmpty()) {
            Set<Long> ids = new LinkedHashSet<>();
            for (String a : articles) {
                ids.addAll(ArticleRanges.parse("--articles", a));
            }
            return List.copyOf(ids);
        }
        Set<String> wanted = statuses.isEmpty() ? null : new java.util.HashSet<>();
        for (String s : statuses) {
            String name = s.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
            if (!org.corpusdesk.article.ArticleStatus.NAMES.contains(name)) {
                throw new IllegalArgumentException("--status: '" + s + "' is none of "
                        + String.join(", ", org.corpusdesk.article.ArticleStatus.NAMES).toLowerCase(Locale.ROOT));
            }
            wanted.add(name);
        }
        return database.bean(ArticleQueueService.class).ids(new QueueFilter(wanted, outlet, null, null, null, null, null));
    }
}
