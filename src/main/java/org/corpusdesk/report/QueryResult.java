package org.corpusdesk.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Columns and rows of a read-only query; {@code truncated} when the row cap cut it short. */
public record QueryResult(List<String> columns, List<List<Object>> rows, boolean truncated) {

    /** RFC 4180 CSV with a header row; null as an empty field. */
    public void writeCsv(Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
        csv.printRecord(columns);
        for (List<Object> row : rows) {
            csv.printRecord(row.stream().map(v -> v == null ? "" : v.toString()).toList());
        }
        csv.flush();
    }
}
