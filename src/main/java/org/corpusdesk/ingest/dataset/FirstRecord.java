package org.corpusdesk.ingest.dataset;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The first record of a JSON Lines file, read without the rest: how an import tells one annotated format from another. */
final class FirstRecord {

    private static final class Json {
        static final JsonMapper MAPPER = JsonMapper.builder().build();
    }

    private FirstRecord() {
    }

    /** The first non-blank line of a {@code .jsonl} file as JSON; empty when there is none or it is no JSON. */
    static Optional<JsonNode> of(Path file) {
        if (!Files.isRegularFile(file) || !file.getFileName().toString().endsWith(".jsonl")) {
            return Optional.empty();
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isBlank()) {
                    return Optional.of(Json.MAPPER.readTree(line));
                }
            }
            return Optional.empty();
        } catch (IOException | JacksonException e) {
            return Optional.empty();
        }
    }
}
