package org.corpusdesk.ingest.format;

import java.util.Set;
import org.corpusdesk.ingest.IncomingArticle;
import org.corpusdesk.ingest.RejectedInputException;
import org.springframework.stereotype.Component;

/** A .txt file is one article; its title, if any, is found by the cleaner. */
@Component
public class PlainTextReader implements ArticleReader {

    @Override
    public Set<String> extensions() {
        return Set.of("txt", "text");
    }

    @Override
    public void read(String file, String text, FieldMapping mapping, Sink sink) throws RejectedInputException {
        if (text.isBlank()) {
            throw new RejectedInputException("empty file: no article text");
        }
        sink.article(IncomingArticle.plainText(file, text));
    }
}
