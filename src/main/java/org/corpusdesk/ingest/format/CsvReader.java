package org.corpusdesk.ingest.format;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.corpusdesk.ingest.RejectedInputException;
import org.springframework.stereotype.Component;

/**
 * Delimited text with a header row (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes). The
 * delimiter and quote are detected from the file ({@link CsvDialect}); an unnamed first column is the row's id.
 */
@Component
public class CsvReader implements ArticleReader {

    private final CSVFormat base;
    private final char[] delimiters;
    private final Set<String> extensions;
    private final String name;

    public CsvReader() {
        this(CSVFormat.RFC4180, new char[] {',', ';', '\t', '|'}, Set.of("csv"), "CSV");
    }

    /** The same reading for another delimited family ({@link TsvReader}); {@code delimiters} are the candidates. */
    protected CsvReader(CSVFormat base, char[] delimiters, Set<String> extensions, String name) {
        this.base = base.builder().setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(false).get();
        this.delimiters = delimiters.clone();
        this.extensions = Set.copyOf(extensions);
        this.name = name;
    }

    @Override
    public Set<String> extensions() {
        return extensions;
    }

    @Override
    public void read(String file, String text, FieldMapping mapping, Sink sink) throws RejectedInputException {
        CsvDialect dialect = CsvDialect.detect(text, delimiters);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), dialect.apply(base).get())) {
            var records = parser.iterator();
            List<String> header = header(records, dialect, mapping);
            long previousEnd = parser.getCurrentLineNumber();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new RejectedInputException("malformed " + name + " (" + dialect.describe() + "): "
                            + rootMessage(e), (int) previousEnd + 1);
                }
                int line = (int) previousEnd + 1;
                previousEnd = parser.getCurrentLineNumber();
                if (record.size() != header.size()) {
                    sink.rejected(file, line, "row has " + record.size() + " fields, the header has " + header.size()
                            + " (" + dialect.describe() + ")");
                    continue;
                }
                Map<String, String> fields = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    fields.putIfAbsent(header.get(i), record.get(i));
                }
                try {
                    sink.article(RecordFields.toArticle(fields, mapping, file, line));
                } catch (RejectedInputException e) {
                    sink.rejected(file, line, e.getMessage());
                }
            }
        } catch (IOException | IllegalArgumentException | UncheckedIOException | IllegalStateException e) {
            throw new RejectedInputException("malformed " + name + " header (" + dialect.describe() + "): "
                    + rootMessage(e), 1);
        }
    }

    /** The header's column names (an unnamed first column is "id", another unnamed one "column_N"), checked. */
    private List<String> header(java.util.Iterator<CSVRecord> records, CsvDialect dialect, FieldMapping mapping)
            throws RejectedInputException {
        if (!records.hasNext()) {
            throw new RejectedInputException("no header row", 1);
        }
        List<String> header = new ArrayList<>();
        for (String column : records.next()) {
            String n = column == null ? "" : column.strip();
            header.add(!n.isEmpty() ? n : header.isEmpty() ? "id" : "column_" + (header.size() + 1));
        }
        List<String> lower = header.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        for (Map.Entry<String, String> m : mapping.columns().entrySet()) {
            if (!lower.contains(m.getValue().toLowerCase(Locale.ROOT))) {
                throw new RejectedInputException("--map " + m.getKey() + "=" + m.getValue() + ": the header has no column '"
                        + m.getValue() + "' (columns: " + String.join(", ", header) + "; " + dialect.describe() + ")", 1);
            }
        }
        if (!RecordFields.hasText(header, mapping)) {
            throw new RejectedInputException("no text column: the header (" + dialect.describe() + ") has "
                    + String.join(", ", header) + "; name the text column " + RecordFields.textNames()
                    + ", or map one with --map text=COLUMN", 1);
        }
        return header;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
