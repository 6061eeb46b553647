package org.corpusdesk.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Expands the paths given to import into the files to read, in a stable order; reports what it cannot use. */
final class InputFiles {

    private InputFiles() {
    }

    static List<Path> expand(List<Path> paths, Consumer<ImportProblem> problems) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                problems.accept(new ImportProblem(path.toString(), null, "no such file or folder"));
            } else if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !isHidden(path, p))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException | RuntimeException e) {
                    problems.accept(new ImportProblem(path.toString(), null, "cannot list folder: " + e.getMessage()));
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Dot-files and files in dot-folders (.git, .DS_Store) below the given folder are not articles. */
    private static boolean isHidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
