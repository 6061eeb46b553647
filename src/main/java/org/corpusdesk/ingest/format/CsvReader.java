package org.corpusdesk.ingest.format;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.corpusdesk.ingest.RejectedInputException;
import org.springframework.stereotype.Component;

/** CSV with a header row (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes). */
@Component
public class CsvReader implements ArticleReader {

    private final CSVFormat format;
    private final Set<String> extensions;
    private final String name;

    public CsvReader() {
        this(CSVFormat.RFC4180, Set.of("csv"), "CSV");
    }

    /** The same reading for another delimited dialect ({@link TsvReader}). */
    protected CsvReader(CSVFormat dialect, Set<String> extensions, String name) {
        this.format = dialect.builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true)
                .get();
        this.extensions = Set.copyOf(extensions);
        this.name = name;
    }

    @Override
    public Set<String> extensions() {
        return extensions;
    }

    @Override
    public void read(String file, String text, Sink sink) throws RejectedInputException {
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            long previousEnd = parser.getCurrentLineNumber();
            var records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new RejectedInputException("malformed " + name + ": " + rootMessage(e), (int) previousEnd + 1);
                }
                int line = (int) previousEnd + 1;
                previousEnd = parser.getCurrentLineNumber();
                if (!record.isConsistent()) {
                    sink.rejected(file, line, "row has " + record.size() + " fields, the header has "
                            + parser.getHeaderNames().size());
                    continue;
                }
                Map<String, String> fields = new LinkedHashMap<>(record.toMap());
                fields.remove("");
                try {
                    sink.article(RecordFields.toArticle(fields, file, line));
                } catch (RejectedInputException e) {
                    sink.rejected(file, line, e.getMessage());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new RejectedInputException("malformed " + name + " header: " + rootMessage(e), 1);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
