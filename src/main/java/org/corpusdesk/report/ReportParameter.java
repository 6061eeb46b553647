package org.corpusdesk.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A report parameter: {@code -- param: NAME TYPE Label text} in the report file; TYPE is text, date or number. */
public record ReportParameter(String name, String type, String label) {

    /** The value to bind: null when empty, a LocalDate or Long when typed; a bad value names the parameter. */
    public Object parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return switch (type) {
                case "date" -> LocalDate.parse(v);
                case "number" -> Long.parseLong(v);
                default -> v;
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("parameter " + name + ": '" + v + "' is not a "
                    + (type.equals("date") ? "date (YYYY-MM-DD)" : "whole number"));
        }
    }
}
