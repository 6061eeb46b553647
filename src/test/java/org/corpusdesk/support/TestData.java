package org.corpusdesk.support;

import org.corpusdesk.user.AppUser;
import org.corpusdesk.user.CurrentUser;
import org.corpusdesk.user.Role;
import org.corpusdesk.user.UserRepository;
import org.corpusdesk.user.UserService;
import org.jooq.DSLContext;

/** Small fixtures written by the tests themselves: users and articles with a given clean text. */
public final class TestData {

    private TestData() {
    }

    public static AppUser user(UserService users, UserRepository repository, String name, Role role) {
        return repository.find(name).orElseGet(() -> CurrentUser.runAsAdministrator("test-setup",
                () -> users.add(name, null, role, "test password 123")));
    }

    /** Inserts an article whose clean (and raw) text is {@code text}; returns its id. */
    public static long article(DSLContext dsl, long id, String title, String outlet, String text) {
        dsl.execute("INSERT INTO article (id, raw_text, clean_text, clean_cp_length, title, outlet, content_hash, "
                + "story_cluster) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id, text, text, text.codePointCount(0, text.length()),
                title, outlet, "test-" + id, id);
        return id;
    }
}
