package org.corpusdesk.ingest.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Loads cleaning-rules.txt; a malformed rule fails start-up naming its line, never silently. */
final class CleaningRules {

    static final String RESOURCE = "cleaning-rules.txt";

    private CleaningRules() {
    }

    static List<CleaningRule> load() {
        try (InputStream in = CleaningRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<CleaningRule> parse(List<String> lines) {
        List<CleaningRule> rules = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+", 3);
            if (parts.length < 3) {
                throw new IllegalStateException(RESOURCE + " line " + (i + 1) + ": expected NAME SCOPE PATTERN");
            }
            CleaningRule.Scope scope;
            try {
                scope = CleaningRule.Scope.valueOf(parts[1].toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(RESOURCE + " line " + (i + 1) + ": scope must be line or inline");
            }
            try {
                int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
                rules.add(new CleaningRule(parts[0], scope, Pattern.compile(parts[2], flags)));
            } catch (PatternSyntaxException e) {
                throw new IllegalStateException(RESOURCE + " line " + (i + 1) + ": " + e.getDescription());
            }
        }
        return List.copyOf(rules);
    }
}
