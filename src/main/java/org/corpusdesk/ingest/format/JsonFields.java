package org.corpusdesk.ingest.format;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Flattens a JSON object's members to strings: scalars as text, nested values as compact JSON. */
final class JsonFields {

    private JsonFields() {
    }

    static Map<String, String> of(JsonNode object) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            JsonNode v = e.getValue();
            if (v == null || v.isNull()) {
                continue;
            }
            fields.put(e.getKey(), v.isValueNode() ? v.asString() : v.toString());
        }
        return fields;
    }
}
