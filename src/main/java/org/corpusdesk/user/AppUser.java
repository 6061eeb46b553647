package org.corpusdesk.user;

import java.time.OffsetDateTime;

/** A user account as the users page and the command line show it (never the password hash). */
public record AppUser(long id, String username, String displayName, Role role, boolean enabled, int failedLogins,
        OffsetDateTime lockedUntil, OffsetDateTime lastLoginAt, OffsetDateTime createdAt) {

    public String label() {
        return displayName == null || displayName.isBlank() ? username : displayName + " (" + username + ")";
    }
}
