package org.corpusdesk.ingest.format;

import com.univocity.parsers.csv.CsvFormat;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.StringReader;
import org.apache.commons.csv.CSVFormat;

/**
 * The delimiter and quote of a delimited file, told from a sample of it: {@code ;} or {@code |} separated,
 * {@code '} quoted, or not quoted at all (a TSV whose text has stray {@code "} characters).
 */
record CsvDialect(char delimiter, Character quote) {

    private static final int SAMPLE_CHARS = 64 * 1024;
    private static final int SAMPLE_ROWS = 200;

    /** Detects the dialect; {@code delimiters} are the candidates, the first one the default. */
    static CsvDialect detect(String text, char... delimiters) {
        String sample = sample(text);
        CsvParserSettings settings = new CsvParserSettings();
        settings.detectFormatAutomatically(delimiters);
        settings.setFormatDetectorRowSampleCount(SAMPLE_ROWS);
        settings.setMaxCharsPerColumn(-1);
        settings.setMaxColumns(10_000);
        CsvParser parser = new CsvParser(settings);
        parser.beginParsing(new StringReader(sample));
        CsvFormat found = parser.getDetectedFormat();
        parser.stopParsing();
        char delimiter = found == null || !contains(delimiters, found.getDelimiter()) ? delimiters[0] : found.getDelimiter();
        char quote = found == null ? '"' : found.getQuote();
        if (quote != '"' && quote != '\'') {
            quote = '"';
        }
        Character used = null;
        if (quotes(sample, delimiter, quote)) {
            used = quote;
        } else if (quotes(sample, delimiter, '"')) {
            used = '"';
        }
        return new CsvDialect(delimiter, used);
    }

    /** Whether some field of the sample starts with {@code quote}: then it quotes; otherwise quotes are text. */
    private static boolean quotes(String sample, char delimiter, char quote) {
        for (int i = 0; i < sample.length(); i++) {
            if (sample.charAt(i) == quote && (i == 0 || sample.charAt(i - 1) == delimiter || sample.charAt(i - 1) == '\n')) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(char[] candidates, char c) {
        for (char candidate : candidates) {
            if (candidate == c) {
                return true;
            }
        }
        return false;
    }

    private static String sample(String text) {
        if (text.length() <= SAMPLE_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf('\n', SAMPLE_CHARS);
        return text.substring(0, cut > 0 ? cut : SAMPLE_CHARS);
    }

    CSVFormat.Builder apply(CSVFormat base) {
        return base.builder().setDelimiter(delimiter).setQuote(quote);
    }

    /** "';'-separated, quoted with '" as a user reads it. */
    String describe() {
        String d = delimiter == '\t' ? "tab" : "'" + delimiter + "'";
        return d + "-separated, " + (quote == null ? "not quoted" : "quoted with " + quote);
    }
}
