package org.corpusdesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corpusdesk.report.QueryResult;
import tools.jackson.databind.json.JsonMapper;

/** How query results are printed: an aligned table for people, CSV or JSON for scripts. */
enum ResultFormat {
    table(ResultFormat::printTable),
    csv(ResultFormat::printCsv),
    json(ResultFormat::printJson);

    interface Printer {
        void print(QueryResult result, PrintWriter out);
    }

    private static final int MAX_CELL = 60;
    private final Printer printer;

    ResultFormat(Printer printer) {
        this.printer = printer;
    }

    Printer printer() {
        return printer;
    }

    private static void printCsv(QueryResult result, PrintWriter out) {
        try {
            result.writeCsv(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void printJson(QueryResult result, PrintWriter out) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (List<Object> row : result.rows()) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < result.columns().size(); i++) {
                Object v = row.get(i);
                object.put(result.columns().get(i), v instanceof Number || v instanceof Boolean || v == null ? v : text(v));
            }
            rows.add(object);
        }
        out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(rows));
    }

    private static void printTable(QueryResult result, PrintWriter out) {
        List<String> columns = result.columns();
        int[] widths = new int[columns.size()];
        List<String[]> cells = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            widths[i] = columns.get(i).length();
        }
        for (List<Object> row : result.rows()) {
            String[] line = new String[row.size()];
            for (int i = 0; i < row.size(); i++) {
                String s = row.get(i) == null ? "NULL" : text(row.get(i)).replace('\n', ' ').replace('\r', ' ');
                line[i] = s.length() > MAX_CELL ? s.substring(0, MAX_CELL - 1) + "…" : s;
                widths[i] = Math.max(widths[i], line[i].length());
            }
            cells.add(line);
        }
        out.println(row(columns.toArray(String[]::new), widths));
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            rule.append(i == 0 ? "" : "-+-").append("-".repeat(widths[i]));
        }
        out.println(rule);
        cells.forEach(line -> out.println(row(line, widths)));
        out.println("(" + result.rows().size() + " row" + (result.rows().size() == 1 ? "" : "s") + ")");
    }

    private static String row(String[] values, int[] widths) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            s.append(i == 0 ? "" : " | ").append(values[i]).append(" ".repeat(widths[i] - values[i].length()));
        }
        return s.toString().stripTrailing();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
