package org.corpusdesk.article;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One thing cleaning took out of the raw text (the import's cleaning report): rule, raw line, text. */
public record CleaningRemoval(String rule, int line, String text) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static List<CleaningRemoval> parse(String reportJson) {
        List<CleaningRemoval> out = new ArrayList<>();
        if (reportJson == null || reportJson.isBlank()) {
            return out;
        }
        for (JsonNode n : JSON.readTree(reportJson)) {
            out.add(new CleaningRemoval(n.path("rule").asString(), n.path("line").asInt(), n.path("text").asString()));
        }
        return out;
    }
}
