package org.corpusdesk.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** A publication date and how much of it is known; parsed leniently from the formats scrapers emit. */
public record PublishedDate(LocalDate date, Precision precision) {

    public enum Precision { DAY, MONTH, YEAR }

    private static final List<DateTimeFormatter> DAY_FORMATS = java.util.stream.Stream.of(
            "uuuu-MM-dd", "MMMM d, uuuu", "MMM d, uuuu", "MMMM d uuuu", "MMM d uuuu", "d MMMM uuuu", "d MMM uuuu",
            "d MMMM, uuuu", "d-MMM-uuuu", "d-MMM-uu", "uuuu/MM/dd", "dd.MM.uuuu", "d.M.uuuu", "uuuuMMdd")
            .map(p -> new java.time.format.DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p)
                    .toFormatter(Locale.ENGLISH).withResolverStyle(java.time.format.ResolverStyle.STRICT)
                    .withChronology(java.time.chrono.IsoChronology.INSTANCE))
            .toList();
    /** "Monday, " before a date. */
    private static final java.util.regex.Pattern WEEKDAY = java.util.regex.Pattern.compile(
            "^(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+");
    /** What may follow a date: a time ("T10:15:00Z", " 10:15 AM", ", 10.15"). */
    private static final java.util.regex.Pattern TIME_AFTER = java.util.regex.Pattern.compile(
            "(?:[T ,]+\\d{1,2}[:.]\\d{2}.*|\\s+.*\\d{1,2}:\\d{2}.*)");
    private static final java.util.regex.Pattern ABBREVIATION_DOT = java.util.regex.Pattern.compile("(?<=\\p{L})\\.");
    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("(?<=\\d)(st|nd|rd|th)\\b");
    private static final java.util.regex.Pattern SLASHED = java.util.regex.Pattern.compile(
            "^(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");

    /** The date at the start of {@code s} in {@code format}, followed by nothing or by a time; null otherwise. */
    private static LocalDate prefix(String s, DateTimeFormatter format) {
        java.text.ParsePosition at = new java.text.ParsePosition(0);
        try {
            java.time.temporal.TemporalAccessor parsed = format.parse(s, at);
            String rest = s.substring(at.getIndex());
            if (!rest.isEmpty() && !TIME_AFTER.matcher(rest).matches()) {
                return null;
            }
            return LocalDate.from(parsed);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** Null when the value is blank or in no format we know; the caller keeps the raw value then. */
    public static PublishedDate parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = ORDINAL.matcher(ABBREVIATION_DOT.matcher(WEEKDAY.matcher(value.strip()).replaceFirst("")
                .replace("Sept.", "Sep")).replaceAll("")).replaceAll("");
        for (DateTimeFormatter f : DAY_FORMATS) {
            LocalDate day = prefix(s, f);
            if (day != null) {
                return new PublishedDate(day, Precision.DAY);
            }
        }
        java.util.regex.Matcher slashed = SLASHED.matcher(s);
        if (slashed.find()) {
            int a = Integer.parseInt(slashed.group(1));
            int b = Integer.parseInt(slashed.group(2));
            int year = Integer.parseInt(slashed.group(3));
            // 03/04/2020 may be March or April: only a day above 12 tells the order
            if (a > 12 != b > 12) {
                try {
                    return new PublishedDate(a > 12 ? LocalDate.of(year, b, a) : LocalDate.of(year, a, b), Precision.DAY);
                } catch (java.time.DateTimeException ignored) {
                    return null;
                }
            }
            return null;
        }
        try {
            return new PublishedDate(OffsetDateTime.parse(value.strip()).toLocalDate(), Precision.DAY);
        } catch (DateTimeParseException ignored) {
            // next format
        }
        try {
            return new PublishedDate(ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toLocalDate(), Precision.DAY);
        } catch (DateTimeParseException ignored) {
            // next format
        }
        if (s.length() >= 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            try {
                return new PublishedDate(LocalDate.parse(s.substring(0, 10)), Precision.DAY);
            } catch (DateTimeParseException ignored) {
                // next format
            }
        }
        try {
            return new PublishedDate(YearMonth.parse(s).atDay(1), Precision.MONTH);
        } catch (DateTimeParseException ignored) {
            // next format
        }
        if (s.matches("\\d{4}")) {
            return new PublishedDate(LocalDate.of(Integer.parseInt(s), 1, 1), Precision.YEAR);
        }
        return null;
    }
}
