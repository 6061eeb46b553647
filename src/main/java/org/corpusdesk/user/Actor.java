package org.corpusdesk.user;

/** Who makes a change: a user (id set) or the command line acting as administrator (id null). */
public record Actor(Long id, String name, Role role) {
}
