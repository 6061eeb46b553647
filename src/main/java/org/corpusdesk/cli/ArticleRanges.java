package org.corpusdesk.cli;

import java.util.ArrayList;
import java.util.List;

/** Article ids given on the command line as {@code 7} or {@code 10-20}. */
final class ArticleRanges {

    private static final int MAX_RANGE = 10_000_000;

    private ArticleRanges() {
    }

    static List<Long> parse(String option, String text) {
        String t = text.strip();
        try {
            int dash = t.indexOf('-', 1);
            if (dash < 0) {
                return List.of(Long.parseLong(t));
            }
            long from = Long.parseLong(t.substring(0, dash).strip());
            long to = Long.parseLong(t.substring(dash + 1).strip());
            if (to < from || to - from >= MAX_RANGE) {
                throw new IllegalArgumentException(option + ": '" + t + "' is not a range from a smaller id to a larger one");
            }
            List<Long> ids = new ArrayList<>();
            for (long id = from; id <= to; id++) {
                ids.add(id);
            }
            return ids;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + ": '" + t + "' is not an article id or a range like 10-20");
        }
    }
}
