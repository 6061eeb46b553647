package org.corpusdesk.ingest.format;

import org.corpusdesk.ingest.IncomingArticle;
import org.corpusdesk.ingest.RejectedInputException;

/** One input format. A reader gets the decoded text of one file and reports each article or bad record. */
public interface ArticleReader {

    /** File name endings this reader takes, lower case, without the dot. */
    java.util.Set<String> extensions();

    /** Reads one file; {@code mapping} names the columns or members of structured formats that give a field. */
    void read(String file, String text, FieldMapping mapping, Sink sink) throws RejectedInputException;

    /**
     * True for formats with one record per line (JSON Lines): a line that is binary or cannot be decoded is then
     * rejected alone, and the file's other lines are read.
     */
    default boolean oneRecordPerLine() {
        return false;
    }

    interface Sink {
        void article(IncomingArticle article);

        /** A record that cannot be imported; the rest of the file goes on. */
        void rejected(String file, Integer line, String reason);
    }
}
