package org.corpusdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One writer per table (DEVELOPERS.md): article, annotation, attribution, registry and rollup-state rows are
 * inserted, updated and deleted only in the class of the feature that owns them, whoever imports. Read from the
 * sources, as jOOQ statements name their table: {@code insertInto(ANNOTATION)}, {@code update(ARTICLE)}, {@code deleteFrom(…)}.
 */
class OneWriterPerTableTest {

    private static final Map<String, String> OWNER = Map.ofEntries(
            Map.entry("ARTICLE", "article/ArticleRepository.java"),
            Map.entry("ARTICLE_SKETCH", "article/ArticleRepository.java"),
            Map.entry("ANNOTATION", "annotation/AnnotationRepository.java"),
            Map.entry("ATTRIBUTION", "annotation/AnnotationRepository.java"),
            Map.entry("REGISTRY_SOURCE", "registry/RegistryRepository.java"),
            Map.entry("REGISTRY_SOURCE_ALIAS", "registry/RegistryRepository.java"),
            Map.entry("REGISTRY_CLAIM", "registry/RegistryRepository.java"),
            Map.entry("ARTICLE_COMMENT", "comment/CommentRepository.java"),
            Map.entry("ROLLUP_STATE", "report/RollupService.java"),
            Map.entry("DATA_CHANGE", "report/RollupChangeCounter.java"));

    private static final Pattern WRITE = Pattern.compile("\\b(insertInto|update|deleteFrom)\\(\\s*(?:Tables\\.)?([A-Z_]+)\\b");

    @Test
    void eachTableIsWrittenByItsOwnersRepositoryOnly() throws IOException {
        Path root = Path.of("src/main/java/org/corpusdesk");
        List<String> elsewhere = new ArrayList<>();
        int owned = 0;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                if (relative.startsWith("jooq/")) {
                    continue;
                }
                Matcher m = WRITE.matcher(Files.readString(file));
                while (m.find()) {
                    String owner = OWNER.get(m.group(2));
                    if (owner == null) {
                        continue;
                    }
                    if (owner.equals(relative)) {
                        owned++;
                    } else {
                        elsewhere.add(relative + ": " + m.group(1) + "(" + m.group(2) + ")");
                    }
                }
            }
        }
        assertThat(elsewhere).as("writes outside the owning repository").isEmpty();
        assertThat(owned).as("the owners' own writes are found, so the pattern matches real statements").isGreaterThan(10);
    }
}
