package org.corpusdesk.cli;

/** Exit codes every command uses (README.md, Command line). */
final class CliExit {
    static final int OK = 0;
    static final int FATAL = 1;
    /** Some input was rejected or the query was refused; what could be done was done. */
    static final int REJECTED = 2;

    private CliExit() {
    }
}
