package org.corpusdesk.report;

/** A saved console query; {@code mine} when the current user owns it. */
public record SavedQuery(long id, String name, String sql, String owner, boolean shared, boolean mine) {
}
