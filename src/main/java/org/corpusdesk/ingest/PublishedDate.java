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

    private static final List<DateTimeFormatter> DAY_FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("uuuu/MM/dd"),
            DateTimeFormatter.ofPattern("dd.MM.uuuu"));

    /** Null when the value is blank or in no format we know; the caller keeps the raw value then. */
    public static PublishedDate parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.strip().replace("Sept.", "Sep").replace(".", "");
        for (DateTimeFormatter f : DAY_FORMATS) {
            try {
                return new PublishedDate(LocalDate.parse(s, f), Precision.DAY);
            } catch (DateTimeParseException ignored) {
                // next format
            }
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
