package org.corpusdesk.ingest.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The .ann files of a brat corpus with the text each annotates and who annotated it, in the layouts corpora come in:
 * {@code NAME.txt} + {@code NAME.ann} side by side; {@code NAME_ANNOTATOR.ann} next to {@code NAME.txt} or in a
 * sibling folder of it (one file per annotator); one folder per annotator with the same file names.
 */
final class BratFiles {

    /** "NAME_ANNOTATOR": an annotator suffix of letters and digits after the last underscore. */
    private static final Pattern ANNOTATOR_SUFFIX = Pattern.compile("^(?<name>.+)_(?<annotator>[A-Za-z0-9]{1,32})$");

    /** One .ann file, its text (null when none was found) and its annotator (null when the layout names none). */
    record Annotated(Path ann, Path txt, String annotator) {
    }

    private BratFiles() {
    }

    static List<Annotated> find(Path dir) throws IOException {
        List<Path> anns;
        try (Stream<Path> walk = Files.walk(dir)) {
            anns = walk.filter(p -> p.getFileName().toString().endsWith(".ann") && Files.isRegularFile(p)).sorted().toList();
        }
        // the same file name in several folders: one folder per annotator
        Map<String, Integer> foldersPerName = new HashMap<>();
        for (Path ann : anns) {
            foldersPerName.merge(ann.getFileName().toString(), 1, Integer::sum);
        }
        List<Annotated> out = new ArrayList<>(anns.size());
        for (Path ann : anns) {
            String base = ann.getFileName().toString().replaceAll("\\.ann$", "");
            Path txt = textFor(ann, base);
            String annotator = null;
            if (txt == null) {
                Matcher m = ANNOTATOR_SUFFIX.matcher(base);
                if (m.matches()) {
                    txt = textFor(ann, m.group("name"));
                    annotator = txt == null ? null : m.group("annotator");
                }
            }
            if (annotator == null && foldersPerName.get(ann.getFileName().toString()) > 1 && ann.getParent() != null) {
                annotator = ann.getParent().getFileName().toString();
            }
            out.add(new Annotated(ann, txt, annotator));
        }
        return out;
    }

    /** {@code NAME.txt} beside the .ann file, else in a sibling folder of the .ann file's folder; null if neither. */
    private static Path textFor(Path ann, String name) throws IOException {
        Path folder = ann.getParent();
        Path beside = folder.resolve(name + ".txt");
        if (Files.isRegularFile(beside)) {
            return beside;
        }
        Path parent = folder.getParent();
        if (parent == null) {
            return null;
        }
        try (Stream<Path> siblings = Files.list(parent)) {
            return siblings.filter(Files::isDirectory).filter(s -> !s.equals(folder)).sorted()
                    .map(s -> s.resolve(name + ".txt")).filter(Files::isRegularFile).findFirst().orElse(null);
        }
    }
}
