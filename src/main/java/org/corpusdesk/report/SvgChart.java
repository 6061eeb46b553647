package org.corpusdesk.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws a report's result as SVG on the server, so the frontend bundle needs nothing added (docs: STACK).
 * Bar charts: one group of horizontal bars per row (at most 30 rows). Line charts: one line per series over
 * the x values in result order. Every text is XML-escaped.
 */
public final class SvgChart {

    static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf"};
    static final int MAX_BARS = 30;

    private SvgChart() {
    }

    /** The SVG document, or null when the report has no chart or the result is empty. */
    public static String render(ReportDefinition.Chart chart, QueryResult result) {
        if (chart.type().equals("none") || result.rows().isEmpty()) {
            return null;
        }
        // a bar's label may join several columns ("label=outlet,source": "Daily Example · Russian Foreign Ministry")
        List<Integer> labels = java.util.Arrays.stream(chart.label().split(",")).map(String::strip)
                .map(l -> column(result, l)).toList();
        List<Integer> values = chart.values().stream().map(v -> column(result, v)).toList();
        return chart.type().equals("bar") ? bar(result, labels, values, chart.values())
                : line(result, labels.getFirst(), values.get(0), chart.series() == null ? -1 : column(result, chart.series()));
    }

    private static int column(QueryResult result, String name) {
        for (int i = 0; i < result.columns().size(); i++) {
            if (result.columns().get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("chart column '" + name + "' is not in the result " + result.columns());
    }

    private static double number(Object v) {
        return v instanceof Number n ? n.doubleValue() : 0;
    }

    private static String bar(QueryResult result, List<Integer> labels, List<Integer> values, List<String> names) {
        List<List<Object>> rows = result.rows().subList(0, Math.min(MAX_BARS, result.rows().size()));
        double max = 1;
        for (List<Object> r : rows) {
            for (int v : values) {
                max = Math.max(max, number(r.get(v)));
            }
        }
        int barH = 14;
        int groupH = barH * values.size() + 8;
        List<String> labelTexts = rows.stream().map(r -> labels.stream().map(r::get).map(v -> v == null ? "—" : String.valueOf(v))
                .collect(java.util.stream.Collectors.joining(" · "))).toList();
        int longest = labelTexts.stream().mapToInt(String::length).max().orElse(10);
        // room for the labels, up to 56 characters at about 6 px each
        int left = Math.max(120, Math.min(360, 12 + 6 * Math.min(longest, 56)));
        int width = 760;
        int height = rows.size() * groupH + (values.size() > 1 ? 30 : 10);
        StringBuilder s = header(width, height);
        for (int i = 0; i < rows.size(); i++) {
            List<Object> r = rows.get(i);
            int y = i * groupH + 4;
            s.append(text(left - 6, y + groupH / 2.0, "end", truncate(labelTexts.get(i), 56)));
            for (int k = 0; k < values.size(); k++) {
                double v = number(r.get(values.get(k)));
                double w = (width - left - 70) * v / max;
                s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>",
                        left, y + k * barH, w, barH - 2, COLOURS[k % COLOURS.length]));
                s.append(text(left + w + 4, y + k * barH + barH - 4, "start", format(v)));
            }
        }
        if (values.size() > 1) {
            legend(s, names, height - 12);
        }
        return s.append("</svg>").toString();
    }

    private static String line(QueryResult result, int x, int y, int series) {
        Map<String, Integer> xs = new LinkedHashMap<>();
        Map<String, List<double[]>> lines = new LinkedHashMap<>();
        double max = 1;
        for (List<Object> r : result.rows()) {
            String xv = String.valueOf(r.get(x));
            int xi = xs.computeIfAbsent(xv, k -> xs.size());
            String name = series < 0 ? "" : String.valueOf(r.get(series));
            lines.computeIfAbsent(name, k -> new ArrayList<>()).add(new double[] {xi, number(r.get(y))});
            max = Math.max(max, number(r.get(y)));
        }
        int width = 760;
        int height = 300;
        int left = 50;
        int bottom = height - 60;
        StringBuilder s = header(width, height);
        s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>", left, bottom, width - 10, bottom));
        s.append(text(left - 4, 14, "end", format(max)));
        s.append(text(left - 4, bottom, "end", "0"));
        double step = xs.size() > 1 ? (width - 10 - left) / (double) (xs.size() - 1) : 0;
        // one x value (a single day): its points stand in the middle, as dots
        double origin = xs.size() > 1 ? left : (left + width - 10) / 2.0;
        List<String> xLabels = List.copyOf(xs.keySet());
        for (int i = 0; i < xLabels.size(); i += Math.max(1, xLabels.size() / 8)) {
            s.append(text(origin + i * step, bottom + 16, "middle", truncate(xLabels.get(i), 12)));
        }
        int k = 0;
        for (List<double[]> points : lines.values()) {
            String colour = COLOURS[k++ % COLOURS.length];
            StringBuilder path = new StringBuilder();
            for (double[] p : points) {
                double px = origin + p[0] * step;
                double py = bottom - (bottom - 10) * p[1] / max;
                path.append(path.isEmpty() ? "" : " ").append(String.format(Locale.ROOT, "%.1f,%.1f", px, py));
                s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"/>", px, py, colour));
            }
            s.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke-width=\"2\" stroke=\"%s\" points=\"%s\"/>",
                    colour, path));
        }
        if (series >= 0) {
            legend(s, List.copyOf(lines.keySet()), height - 12);
        }
        return s.append("</svg>").toString();
    }

    private static StringBuilder header(int width, int height) {
        return new StringBuilder(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" "
                + "height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"11\">", width, height, width, height));
    }

    private static void legend(StringBuilder s, List<String> names, int y) {
        int x = 10;
        for (int i = 0; i < names.size() && i < COLOURS.length; i++) {
            s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>", x, y - 9, COLOURS[i]));
            String name = truncate(names.get(i), 20);
            s.append(text(x + 14, y, "start", name));
            x += 24 + name.length() * 7;
        }
    }

    private static String text(double x, double y, String anchor, String content) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>", x, y, anchor, escape(content));
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String truncate(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    private static String format(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%,d", (long) v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
