package org.corpusdesk.registry;

/** A canonical claim, with how many articles and outlets carry it. */
public record RegistryClaim(long id, String statement, String subject, Long claimTypeId, Long verdictId,
        int articles, int outlets) {

    public String appearances() {
        return "in " + articles + (articles == 1 ? " article" : " articles") + " from " + outlets
                + (outlets == 1 ? " outlet" : " outlets");
    }
}
