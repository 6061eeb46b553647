package org.corpusdesk.ingest.format;

import java.util.Set;
import org.corpusdesk.ingest.RejectedInputException;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A .json file holding one article object or an array of them; line numbers come from the parser. */
@Component
public class JsonDocumentReader implements ArticleReader {

    /** Built on first use, on the thread that first needs it: loading Jackson is no part of creating this bean. */
    private static final class Json {
        // array elements are read one at a time from a shared parser, so what follows each one is expected
        static final JsonMapper MAPPER = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    }

    @Override
    public Set<String> extensions() {
        return Set.of("json");
    }

    @Override
    public void read(String file, String text, FieldMapping mapping, Sink sink) throws RejectedInputException {
        try (JsonParser parser = Json.MAPPER.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_OBJECT) {
                one(file, parser, mapping, sink);
            } else if (first == JsonToken.START_ARRAY) {
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    one(file, parser, mapping, sink);
                }
                if (parser.currentToken() != JsonToken.END_ARRAY) {
                    throw new RejectedInputException("array element is not an article object",
                            parser.currentTokenLocation().getLineNr());
                }
            } else {
                throw new RejectedInputException("expected a JSON object or an array of objects", 1);
            }
        } catch (JacksonException e) {
            Integer line = e.getLocation() == null ? null : e.getLocation().getLineNr();
            throw new RejectedInputException("invalid JSON: " + e.getOriginalMessage(), line);
        }
    }

    private void one(String file, JsonParser parser, FieldMapping mapping, Sink sink) {
        int line = parser.currentTokenLocation().getLineNr();
        JsonNode node = Json.MAPPER.readTree(parser);
        try {
            sink.article(RecordFields.toArticle(JsonFields.of(node), mapping, file, line));
        } catch (RejectedInputException e) {
            sink.rejected(file, line, e.getMessage());
        }
    }
}
