package org.corpusdesk.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The T, E, R and A lines of a brat folder up to ids, read independently of the product's brat code: per text (its
 * content), a sorted list of "annotator | line" where every id is replaced by what it names. The annotator is the
 * NAME_ANNOTATOR file name's suffix, else an "annotator=" AnnotatorNote (our export's), else "-".
 */
public final class BratLines {

    private static final Pattern SUFFIX = Pattern.compile("^(.+)_([A-Za-z0-9]{1,32})$");

    private BratLines() {
    }

    public static Map<String, List<String>> of(Path folder) throws IOException {
        Map<String, List<String>> byText = new TreeMap<>();
        List<Path> anns;
        try (Stream<Path> walk = Files.walk(folder)) {
            anns = walk.filter(p -> p.toString().endsWith(".ann")).sorted().toList();
        }
        for (Path ann : anns) {
            String base = ann.getFileName().toString().replaceAll("\\.ann$", "");
            Path txt = find(ann, base);
            String fileAnnotator = null;
            Matcher m = SUFFIX.matcher(base);
            if (txt == null && m.matches()) {
                txt = find(ann, m.group(1));
                fileAnnotator = m.group(2);
            }
            if (txt == null) {
                continue;
            }
            byText.computeIfAbsent(Files.readString(txt, StandardCharsets.UTF_8), k -> new ArrayList<>())
                    .addAll(lines(Files.readAllLines(ann, StandardCharsets.UTF_8), fileAnnotator));
        }
        byText.values().forEach(l -> l.sort(null));
        return byText;
    }

    private static List<String> lines(List<String> raw, String fileAnnotator) {
        Map<String, String> bodies = new HashMap<>();
        Map<String, String> annotators = new HashMap<>();
        for (String line : raw) {
            String[] parts = line.split("\t");
            if (line.startsWith("T")) {
                bodies.put(parts[0], parts[1] + "\t" + (parts.length > 2 ? parts[2] : ""));
            } else if (line.startsWith("#") && parts.length > 2) {
                Matcher a = Pattern.compile("(?:^|; )annotator=([^;]+)").matcher(parts[2]);
                if (a.find()) {
                    annotators.put(parts[1].replaceFirst("^AnnotatorNotes ", "").strip(), a.group(1).strip());
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (String line : raw) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t");
            String who;
            String what;
            switch (line.charAt(0)) {
                case 'T' -> {
                    who = parts[0];
                    what = "T " + bodies.get(parts[0]);
                }
                case 'E' -> {
                    String[] args = parts[1].strip().split(" ");
                    String[] head = args[0].split(":");
                    List<String> roles = new ArrayList<>();
                    for (int i = 1; i < args.length; i++) {
                        String[] ra = args[i].split(":");
                        roles.add(ra[0] + "=" + bodies.get(ra[1]));
                    }
                    roles.sort(null);
                    who = head[1];
                    what = "E " + head[0] + "@" + bodies.get(head[1]) + " " + roles;
                }
                case 'R' -> {
                    String[] r = parts[1].strip().split(" ");
                    who = r[1].substring(5);
                    what = "R " + r[0] + " " + bodies.get(who) + " -> " + bodies.get(r[2].substring(5));
                }
                case 'A' -> {
                    String[] a = parts[1].strip().split(" ");
                    who = a[1];
                    what = "A " + a[0] + " " + bodies.get(a[1]) + (a.length > 2 ? " = " + a[2] : "");
                }
                default -> throw new AssertionError("unexpected brat line: " + line);
            }
            String annotator = fileAnnotator != null ? fileAnnotator : annotators.getOrDefault(who, "-");
            out.add(annotator + " | " + what);
        }
        return out;
    }

    private static Path find(Path ann, String name) throws IOException {
        Path beside = ann.resolveSibling(name + ".txt");
        if (Files.isRegularFile(beside)) {
            return beside;
        }
        Path parent = ann.getParent().getParent();
        if (parent == null) {
            return null;
        }
        try (Stream<Path> siblings = Files.list(parent)) {
            return siblings.filter(Files::isDirectory).map(s -> s.resolve(name + ".txt")).filter(Files::isRegularFile)
                    .findFirst().orElse(null);
        }
    }
}
