package org.corpusdesk.cli;

/** One readable line for an unexpected failure: the deepest cause's message, never a stack trace. */
final class CliErrors {

    private CliErrors() {
    }

    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        if (message.contains("Database may be already in use") || message.contains("file is locked")) {
            return "the database is in use by another process (is the server running with another data folder"
                    + " setting?): " + firstLine(message);
        }
        return firstLine(message);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
