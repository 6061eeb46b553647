package org.corpusdesk.ingest.format;

import java.util.Set;
import org.corpusdesk.ingest.RejectedInputException;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON Lines: one article object per line; a bad line is reported with its number and the rest imported. */
@Component
public class JsonLinesReader implements ArticleReader {

    /** Built on first use, on the thread that first needs it: loading Jackson is no part of creating this bean. */
    private static final class Json {
        static final JsonMapper MAPPER = JsonMapper.builder().build();
    }

    @Override
    public Set<String> extensions() {
        return Set.of("jsonl", "ndjson");
    }

    @Override
    public boolean oneRecordPerLine() {
        return true;
    }

    @Override
    public void read(String file, String text, FieldMapping mapping, Sink sink) {
        int lineNo = 0;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            lineNo++;
            String line = text.substring(start, end);
            start = end + 1;
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode node = Json.MAPPER.readTree(line);
                if (node == null || !node.isObject()) {
                    sink.rejected(file, lineNo, "not a JSON object");
                    continue;
                }
                sink.article(RecordFields.toArticle(JsonFields.of(node), mapping, file, lineNo));
            } catch (JacksonException e) {
                sink.rejected(file, lineNo, "invalid JSON: " + e.getOriginalMessage());
            } catch (RejectedInputException e) {
                sink.rejected(file, lineNo, e.getMessage());
            }
        }
    }
}
