package org.corpusdesk.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One report: a SQL file over the documented views, with a header of comment lines that give its title,
 * description, chart and parameters (docs/reporting.md, "Adding a report"):
 * <pre>
 * -- title: Label distribution
 * -- description: Spans per label.
 * -- chart: bar label=label value=spans
 * -- param: outlet text Outlet
 * SELECT … WHERE (CAST(:outlet AS VARCHAR) IS NULL OR outlet = :outlet)
 * </pre>
 */
public record ReportDefinition(String name, String title, String description, Chart chart,
        List<ReportParameter> parameters, String sql) {

    /** How to draw the result: {@code bar} (label column, value columns) or {@code line} (x, y, optional series). */
    public record Chart(String type, String label, List<String> values, String series) {
        public static final Chart NONE = new Chart("none", null, List.of(), null);
    }

    /** Whether the report reads the rollups (v_rollup_*), which are refreshed before it when due. */
    public boolean usesRollups() {
        return sql.toLowerCase(Locale.ROOT).contains("v_rollup_");
    }

    public static ReportDefinition parse(String name, String text) {
        String title = name;
        String description = "";
        Chart chart = Chart.NONE;
        List<ReportParameter> params = new ArrayList<>();
        for (String line : text.lines().toList()) {
            String l = line.strip();
            if (!l.startsWith("--")) {
                if (!l.isEmpty()) {
                    break;
                }
                continue;
            }
            String body = l.substring(2).strip();
            int colon = body.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = body.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = body.substring(colon + 1).strip();
            switch (key) {
                case "title" -> title = value;
                case "description" -> description = description.isEmpty() ? value : description + " " + value;
                case "chart" -> chart = chart(name, value);
                case "param" -> {
                    String[] p = value.split("\\s+", 3);
                    if (p.length < 2 || !List.of("text", "date", "number").contains(p[1])) {
                        throw new IllegalArgumentException(name + ".sql: '-- param: " + value
                                + "' must be NAME text|date|number [label]");
                    }
                    params.add(new ReportParameter(p[0], p[1], p.length > 2 ? p[2] : p[0]));
                }
                default -> { }
            }
        }
        return new ReportDefinition(name, title, description, chart, List.copyOf(params), text);
    }

    private static Chart chart(String name, String spec) {
        String[] parts = spec.split("\\s+");
        String type = parts[0];
        String label = null;
        String series = null;
        List<String> values = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            String[] kv = parts[i].split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException(name + ".sql: chart option '" + parts[i] + "' must be key=value");
            }
            switch (kv[0]) {
                case "label", "x" -> label = kv[1];
                case "value", "y" -> values.addAll(List.of(kv[1].split(",")));
                case "series" -> series = kv[1];
                default -> throw new IllegalArgumentException(name + ".sql: unknown chart option '" + kv[0] + "'");
            }
        }
        if (!List.of("bar", "line", "none").contains(type) || (!type.equals("none") && (label == null || values.isEmpty()))) {
            throw new IllegalArgumentException(name + ".sql: chart must be 'bar label=COL value=COL[,COL]', "
                    + "'line x=COL y=COL [series=COL]' or 'none'");
        }
        return new Chart(type, label, List.copyOf(values), series);
    }
}
