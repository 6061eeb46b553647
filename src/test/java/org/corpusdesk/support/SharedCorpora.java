package org.corpusdesk.support;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real corpora in ../shared/corpora, read in place. A missing corpus fails the test loudly, never skips it. */
public final class SharedCorpora {

    private SharedCorpora() {
    }

    public static Path folder(String name) {
        Path dir = Path.of(System.getProperty("corpusdesk.corpora", "../shared/corpora")).resolve(name)
                .toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            fail("The corpus " + name + " is missing: expected " + dir + " (../shared/corpora beside the repository)");
        }
        return dir;
    }
}
