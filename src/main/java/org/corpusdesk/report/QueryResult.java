package org.corpusdesk.report;

import java.util.List;

/** Columns and rows of a read-only query; {@code truncated} when the row cap cut it short. */
public record QueryResult(List<String> columns, List<List<Object>> rows, boolean truncated) {
}
