package org.corpusdesk.ingest.format;

import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.springframework.stereotype.Component;

/** Tab-separated values with a header row, as spreadsheets and corpus tools write them ({@code .tsv}, {@code .tab}). */
@Component
public class TsvReader extends CsvReader {

    public TsvReader() {
        super(CSVFormat.TDF, new char[] {'\t'}, Set.of("tsv", "tab"), "TSV");
    }
}
