package org.corpusdesk.annotation;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the figure of a numeric claim: an optional qualifier, a number (digits with thousands separators and
 * decimals, a scale word like "million", or a small number word) and the unit that follows.
 */
public final class FigureParser {

    private static final String QUALIFIERS = "more than|over|at least|about|around|nearly|almost|up to|fewer than|"
            + "less than|approximately|roughly|some|an estimated|as many as|at most";
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("twenty", 20), Map.entry("hundred", 100),
            Map.entry("dozen", 12));
    private static final Map<String, Long> SCALES = Map.of("thousand", 1_000L, "million", 1_000_000L,
            "billion", 1_000_000_000L);
    private static final Pattern FIGURE = Pattern.compile(
            "(?i)(?:\\b(" + QUALIFIERS + ")\\s+)?"
                    + "(\\d{1,3}(?:[,\\u00A0 ]\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\b(?:" + String.join("|", WORDS.keySet()) + ")\\b)"
                    + "(?:\\s+(thousand|million|billion))?"
                    + "(?:\\s+((?:[\\p{L}-]+)(?:\\s+(?:of\\s+)?[\\p{L}-]+)?))?");
    private static final Pattern STOP_UNIT = Pattern.compile("(?i)(and|or|were|was|had|have|has|in|on|at|the|a|an|of)");

    private FigureParser() {
    }

    public static Optional<Figure> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FIGURE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String number = m.group(2).toLowerCase(Locale.ROOT);
        BigDecimal value = WORDS.containsKey(number) ? BigDecimal.valueOf(WORDS.get(number))
                : new BigDecimal(number.replaceAll("[,\\u00A0 ]", ""));
        if (m.group(3) != null) {
            value = value.multiply(BigDecimal.valueOf(SCALES.get(m.group(3).toLowerCase(Locale.ROOT))));
        }
        String unit = null;
        if (m.group(4) != null) {
            String[] words = m.group(4).split("\\s+");
            unit = STOP_UNIT.matcher(words[0]).matches() ? null : words[0].toLowerCase(Locale.ROOT);
        }
        String qualifier = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT);
        return Optional.of(new Figure(value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros(),
                unit, qualifier));
    }
}
