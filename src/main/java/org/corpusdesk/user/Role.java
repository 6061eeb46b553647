package org.corpusdesk.user;

/** What a user may do. Each role includes what the roles below it may do. */
public enum Role {
    /** Annotates and corrects metadata of articles; sees reports on own work. */
    EDITOR,
    /** An editor who also approves or rejects, assigns, curates the registries, runs reports, SQL and exports. */
    CURATOR,
    /** Everything, plus users, the label schema and settings. */
    ADMIN;

    public boolean includes(Role other) {
        return ordinal() >= other.ordinal();
    }

    /** Spring Security authorities: a role grants its own and those of the roles it includes. */
    public String[] authorities() {
        return java.util.Arrays.stream(values()).filter(this::includes).map(r -> "ROLE_" + r.name())
                .toArray(String[]::new);
    }
}
