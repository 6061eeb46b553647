package org.corpusdesk.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.corpusdesk.shared.CorpusDeskSettings;
import org.springframework.stereotype.Component;

/** Where the Export page writes its exports (DATA/exports, or corpusdesk.export-dir) and their zip downloads. */
@Component
public class ExportFolders {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path root;

    public ExportFolders(CorpusDeskSettings settings) {
        this.root = settings.exportDir();
    }

    public Path root() {
        return root;
    }

    /** A new folder name for an export made now. */
    public Path next(String format) {
        Path dir = root.resolve(STAMP.format(LocalDateTime.now()) + "-" + format);
        for (int i = 2; Files.exists(dir); i++) {
            dir = root.resolve(STAMP.format(LocalDateTime.now()) + "-" + format + "-" + i);
        }
        return dir;
    }

    /** The zip of an export folder beside it (FOLDER.zip), made once. */
    public Path zip(Path dir) throws IOException {
        Path zip = dir.resolveSibling(dir.getFileName() + ".zip");
        if (Files.exists(zip)) {
            return zip;
        }
        Path partial = dir.resolveSibling(dir.getFileName() + ".zip.partial");
        try (OutputStream out = Files.newOutputStream(partial); ZipOutputStream z = new ZipOutputStream(out);
             var walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                z.putNextEntry(new ZipEntry(dir.getFileName() + "/" + dir.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, z);
                z.closeEntry();
            }
        }
        Files.move(partial, zip);
        return zip;
    }
}
