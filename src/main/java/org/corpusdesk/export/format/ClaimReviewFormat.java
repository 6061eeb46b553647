package org.corpusdesk.export.format;

import java.io.IOException;
import org.corpusdesk.export.DataFiles;
import org.corpusdesk.export.DatasetFormat;
import org.corpusdesk.export.DatasetSource;
import org.corpusdesk.export.ExportedClaim;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;

/**
 * schema.org ClaimReview (JSON-LD), one object per line, for every canonical claim with a verdict: the claim's
 * statement, who made it (the registry sources its mentions are attributed to), where it appeared (URLs of the
 * selected articles) and the verdict as the rating's name.
 */
@Component
@Order(5)
public class ClaimReviewFormat implements DatasetFormat {

    @Override
    public String name() {
        return "claimreview";
    }

    @Override
    public String description() {
        return "schema.org ClaimReview JSON-LD for each canonical claim with a verdict";
    }

    @Override
    public String howToLoad() {
        return """
                import json
                reviews = [json.loads(line) for line in open("EXPORT_DIR/claimreview.jsonl", encoding="utf-8")]""";
    }

    @Override
    public void write(DatasetSource data, DataFiles files) throws IOException {
        try (JsonlFormat.Lines out = new JsonlFormat.Lines(files.create("claimreview.jsonl"))) {
            for (ExportedClaim c : data.claims()) {
                if (c.verdict() != null && !c.appearances().isEmpty()) {
                    review(out.json, c);
                    out.end();
                }
            }
        }
    }

    static void review(JsonGenerator g, ExportedClaim c) {
        g.writeStartObject();
        g.writeStringProperty("@context", "https://schema.org");
        g.writeStringProperty("@type", "ClaimReview");
        g.writeStringProperty("identifier", "corpus-desk:claim/" + c.id());
        g.writeStringProperty("claimReviewed", c.statement());
        g.writeName("itemReviewed");
        g.writeStartObject();
        g.writeStringProperty("@type", "Claim");
        g.writeName("author");
        g.writeStartArray();
        for (ExportedClaim.Author a : c.authors()) {
            g.writeStartObject();
            g.writeStringProperty("@type", a.kind().equals("PERSON") ? "Person" : "Organization");
            g.writeStringProperty("name", a.name());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (c.firstPublished() != null) {
            g.writeStringProperty("datePublished", c.firstPublished());
        }
        g.writeName("appearance");
        g.writeStartArray();
        for (String url : c.appearances()) {
            g.writeStartObject();
            g.writeStringProperty("@type", "CreativeWork");
            g.writeStringProperty("url", url);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeName("reviewRating");
        g.writeStartObject();
        g.writeStringProperty("@type", "Rating");
        g.writeStringProperty("alternateName", c.verdictName() != null ? c.verdictName() : c.verdict());
        g.writeEndObject();
        g.writeName("author");
        g.writeStartObject();
        g.writeStringProperty("@type", "Organization");
        g.writeStringProperty("name", "Corpus Desk editors");
        g.writeEndObject();
        g.writeEndObject();
    }
}
