package org.corpusdesk.ingest.clean;

import java.util.regex.Pattern;

/** One rule of cleaning-rules.txt. */
record CleaningRule(String name, Scope scope, Pattern pattern) {

    enum Scope { LINE, INLINE }
}
