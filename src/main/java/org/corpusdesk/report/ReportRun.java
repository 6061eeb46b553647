package org.corpusdesk.report;

import java.util.Map;

/** A report's result with the parameter values it ran with and its chart as SVG (null without a chart). */
public record ReportRun(ReportDefinition report, Map<String, Object> parameters, QueryResult result, String svg,
        double millis) {
}
