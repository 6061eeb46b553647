package org.corpusdesk.user;

/** A user-management request that cannot be carried out, with a message for the person who asked. */
public class UserProblem extends RuntimeException {
    public UserProblem(String message) {
        super(message);
    }
}
