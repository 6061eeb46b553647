package org.corpusdesk.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.corpusdesk.shared.CorpusDeskSettings;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The reports: the built-in SQL files in {@code reports/} on the classpath (src/main/resources/reports), plus
 * any {@code *.sql} in the reports folder (DATA/reports, or corpusdesk.reports-dir), which may also replace a
 * built-in one by using its name. Adding a report is adding a file; they are read again on every listing.
 */
@Component
public class ReportCatalog {

    private final Path folder;

    public ReportCatalog(CorpusDeskSettings settings) {
        this.folder = settings.reportsDir();
    }

    public Path folder() {
        return folder;
    }

    public Map<String, ReportDefinition> all() {
        Map<String, ReportDefinition> reports = new TreeMap<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:reports/*.sql")) {
                String name = r.getFilename().replaceAll("\\.sql$", "");
                reports.put(name, ReportDefinition.parse(name, r.getContentAsString(StandardCharsets.UTF_8)));
            }
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".sql")).sorted().toList()) {
                        String name = f.getFileName().toString().replaceAll("\\.sql$", "");
                        reports.put(name, ReportDefinition.parse(name, Files.readString(f, StandardCharsets.UTF_8)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return reports;
    }
}
