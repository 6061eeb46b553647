package org.corpusdesk.report;

import java.util.Map;

/**
 * A report's result with the parameter values it ran with, its chart as SVG (null without a chart), the query
 * time, and when the rollups it read were computed (null when it reads the live views only).
 */
public record ReportRun(ReportDefinition report, Map<String, Object> parameters, QueryResult result, String svg,
        double millis, java.time.OffsetDateTime countsAsOf) {
}
