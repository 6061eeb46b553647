package org.corpusdesk.support;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real corpus in ../shared/seeds, read in place. Missing seeds fail the test loudly, never skip it. */
public final class Seeds {

    private Seeds() {
    }

    public static Path folder() {
        Path seeds = Path.of(System.getProperty("corpusdesk.seeds", "../shared/seeds")).toAbsolutePath().normalize();
        if (!Files.isDirectory(seeds)) {
            fail("The seed corpus is missing: expected " + seeds + " (../shared/seeds beside the repository)");
        }
        return seeds;
    }

    public static Path file(String prefix) throws Exception {
        try (var files = Files.list(folder())) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new AssertionError("no seed file starting with " + prefix));
        }
    }
}
