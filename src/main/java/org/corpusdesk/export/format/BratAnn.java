package org.corpusdesk.export.format;

import java.util.ArrayList;
import java.util.List;

/**
 * brat's standoff syntax, read and written in this one place: T (text-bound: "T5\tSource 10 14;20 25\ttext"),
 * E (event: "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1"), R (relation: "R1\tCue Arg1:T3 Arg2:T2"), A (attribute:
 * "A1\tNegated T3" or "A2\tConfidence T3 High") and # (note: "#1\tAnnotatorNotes T3\ttext") lines. Offsets are code
 * points, as brat's Python server counts.
 */
public final class BratAnn {

    /** A text-bound annotation: its ranges (one, or the fragments of a discontinuous span) and the text brat shows. */
    public record TextBound(String id, String type, List<int[]> ranges, String text, int line) {
        public int start() {
            return ranges.stream().mapToInt(r -> r[0]).min().orElseThrow();
        }

        public int end() {
            return ranges.stream().mapToInt(r -> r[1]).max().orElseThrow();
        }

        public boolean fragmented() {
            return ranges.size() > 1;
        }
    }

    /** One role:argument pair of an event, in the order written. */
    public record Argument(String role, String id) {
    }

    /** An event: its type and trigger (the T it is anchored on), and its arguments. */
    public record Event(String id, String type, String trigger, List<Argument> arguments, int line) {
    }

    public record Relation(String id, String type, String arg1, String arg2, int line) {
    }

    /** An attribute; {@code value} null for a binary one. */
    public record Attribute(String id, String name, String target, String value, int line) {
    }

    public record Note(String id, String target, String text, int line) {
    }

    /** A line that is not brat syntax, with what is wrong with it. */
    public record Unreadable(int line, String message) {
    }

    public final List<TextBound> textBounds = new ArrayList<>();
    public final List<Event> events = new ArrayList<>();
    public final List<Relation> relations = new ArrayList<>();
    public final List<Attribute> attributes = new ArrayList<>();
    public final List<Note> notes = new ArrayList<>();
    public final List<Unreadable> unreadable = new ArrayList<>();

    /** Reads the lines of an .ann file (numbered from 1); a line that cannot be read is kept in {@link #unreadable}. */
    public static BratAnn parse(List<String> lines) {
        BratAnn ann = new BratAnn();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.isBlank()) {
                ann.parseLine(line, i + 1);
            }
        }
        return ann;
    }

    private void parseLine(String line, int no) {
        String[] parts = line.split("\t", -1);
        String id = parts[0];
        String body = parts.length > 1 ? parts[1].strip() : "";
        try {
            switch (line.charAt(0)) {
                case 'T' -> {
                    String[] info = body.split(" ", 2);
                    List<int[]> ranges = new ArrayList<>();
                    for (String range : info[1].split(";")) {
                        String[] se = range.strip().split(" ");
                        ranges.add(new int[] {Integer.parseInt(se[0]), Integer.parseInt(se[1])});
                    }
                    textBounds.add(new TextBound(id, info[0], ranges, parts.length > 2 ? parts[2] : null, no));
                }
                case 'E' -> {
                    String[] args = body.split(" ");
                    String[] head = args[0].split(":", 2);
                    List<Argument> arguments = new ArrayList<>();
                    for (int a = 1; a < args.length; a++) {
                        String[] ra = args[a].split(":", 2);
                        arguments.add(new Argument(ra[0], ra[1]));
                    }
                    events.add(new Event(id, head[0], head[1], arguments, no));
                }
                case 'R' -> {
                    String[] r = body.split(" ");
                    relations.add(new Relation(id, r[0], r[1].replaceFirst("^Arg1:", ""), r[2].replaceFirst("^Arg2:", ""),
                            no));
                }
                case 'A', 'M' -> {
                    String[] a = body.split(" ");
                    attributes.add(new Attribute(id, a[0], a[1], a.length > 2 ? a[2] : null, no));
                }
                case '#' -> {
                    String[] n = body.split(" ", 2);
                    notes.add(new Note(id, n[1].strip(), parts.length > 2 ? parts[2] : "", no));
                }
                default -> unreadable.add(new Unreadable(no, "line type '" + id
                        + "' is not brat standoff (T, E, R, A, M or #)"));
            }
        } catch (RuntimeException e) {
            unreadable.add(new Unreadable(no, id + ": cannot read '" + body + "'"));
        }
    }

    /** Writes an .ann file's lines, numbering each kind of line from 1. */
    public static final class Writer {
        private final StringBuilder out = new StringBuilder();
        private int t;
        private int e;
        private int r;
        private int a;
        private int n;
        private int lines;

        /** A text-bound line with its ranges and the text of each, joined by spaces as brat does; returns its id. */
        public String textBound(String type, List<int[]> ranges, List<String> texts) {
            String id = "T" + (++t);
            StringBuilder rs = new StringBuilder();
            for (int[] range : ranges) {
                rs.append(rs.isEmpty() ? "" : ";").append(range[0]).append(' ').append(range[1]);
            }
            return line(id, id + "\t" + type(type) + " " + rs + "\t" + String.join(" ", texts));
        }

        /** An event line: its type on its trigger, then its arguments; returns its id. */
        public String event(String type, String trigger, List<Argument> arguments) {
            String id = "E" + (++e);
            StringBuilder line = new StringBuilder(id + "\t" + type(type) + ":" + trigger);
            for (Argument arg : arguments) {
                line.append(' ').append(arg.role()).append(':').append(arg.id());
            }
            return line(id, line.toString());
        }

        public String relation(String type, String arg1, String arg2) {
            String id = "R" + (++r);
            return line(id, id + "\t" + type(type) + " Arg1:" + arg1 + " Arg2:" + arg2);
        }

        /** An attribute line; a null value makes a binary attribute. */
        public String attribute(String name, String target, String value) {
            String id = "A" + (++a);
            return line(id, id + "\t" + type(name) + " " + target + (value == null ? "" : " " + value.replaceAll("\\s+", "_")));
        }

        public String note(String target, String text) {
            String id = "#" + (++n);
            return line(id, id + "\tAnnotatorNotes " + target + "\t" + text.replaceAll("[\\t\\r\\n]+", " ").strip());
        }

        private String line(String id, String line) {
            out.append(line).append('\n');
            lines++;
            return id;
        }

        public int lines() {
            return lines;
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }

    /** brat type names cannot contain spaces. */
    public static String type(String label) {
        return label.strip().replaceAll("\\s+", "_");
    }
}
