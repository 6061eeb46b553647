package org.corpusdesk.user;

import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;

/** The logged-in principal: Spring Security's user plus our id and role. */
public class CorpusUser extends User {

    private final long id;
    private final Role role;

    CorpusUser(long id, String username, String passwordHash, Role role, boolean enabled, boolean nonLocked) {
        super(username, passwordHash, enabled, true, true, nonLocked, AuthorityUtils.createAuthorityList(role.authorities()));
        this.id = id;
        this.role = role;
    }

    public long id() {
        return id;
    }

    public Role role() {
        return role;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CorpusUser other && other.id == id && super.equals(o);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
