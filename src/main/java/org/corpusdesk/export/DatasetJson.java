package org.corpusdesk.export;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * The JSON shape of an exported article and of the registry entries (docs/dataset-format.md), written with
 * Jackson's streaming generator in a fixed key order so that equal data gives equal bytes. Every key is always
 * present (null when unknown), which keeps one schema for pandas, Hugging Face datasets and Spark.
 */
public final class DatasetJson {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .rootValueSeparator((String) null)
            .build();

    private DatasetJson() {
    }

    /** A generator writing UTF-8 to the stream, which it leaves open. */
    public static JsonGenerator generator(OutputStream out) {
        return FACTORY.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8);
    }

    public static void article(JsonGenerator g, DatasetArticle a) {
        g.writeStartObject();
        g.writeNumberProperty("id", a.id());
        g.writeStringProperty("text", a.text());
        g.writeStringProperty("title", a.title());
        g.writeStringProperty("outlet", a.outlet());
        g.writeStringProperty("author", a.author());
        g.writeStringProperty("url", a.url());
        g.writeStringProperty("published_on", a.publishedOn());
        g.writeStringProperty("published_precision", a.publishedPrecision());
        g.writeStringProperty("language", a.language());
        g.writeStringProperty("dateline", a.dateline());
        g.writeStringProperty("credit_line", a.creditLine());
        strings(g, "flags", a.flags());
        g.writeStringProperty("status", a.status());
        g.writeNumberProperty("story_cluster", a.storyCluster());
        number(g, "duplicate_of", a.duplicateOf());
        g.writeStringProperty("content_hash", a.contentHash());
        g.writeStringProperty("split", a.split());
        g.writeName("spans");
        g.writeStartArray();
        for (DatasetSpan s : a.spans()) {
            span(g, s);
        }
        g.writeEndArray();
        g.writeName("relations");
        g.writeStartArray();
        for (DatasetRelation r : a.relations()) {
            g.writeStartObject();
            g.writeNumberProperty("claim", r.claim());
            number(g, "source", r.source());
            number(g, "cue", r.cue());
            if (r.trigger() != null) {
                g.writeNumberProperty("trigger", r.trigger());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    static void span(JsonGenerator g, DatasetSpan s) {
        g.writeStartObject();
        g.writeNumberProperty("id", s.id());
        g.writeNumberProperty("start", s.start());
        g.writeNumberProperty("end", s.end());
        g.writeStringProperty("label", s.label());
        g.writeStringProperty("kind", s.kind());
        g.writeStringProperty("text", s.text());
        g.writeStringProperty("annotator", s.annotator());
        g.writeStringProperty("claim_type", s.claimType());
        decimal(g, "figure", s.figure());
        g.writeStringProperty("figure_unit", s.figureUnit());
        g.writeStringProperty("figure_qualifier", s.figureQualifier());
        g.writeStringProperty("verdict", s.verdict());
        g.writeStringProperty("note", s.note());
        number(g, "source_id", s.sourceId());
        number(g, "claim_id", s.claimId());
        if (s.fragments() != null) {
            g.writeName("fragments");
            g.writeStartArray();
            for (int[] f : s.ranges()) {
                g.writeStartArray();
                g.writeNumber(f[0]);
                g.writeNumber(f[1]);
                g.writeEndArray();
            }
            g.writeEndArray();
        }
        if (s.attributes() != null) {
            g.writeName("attributes");
            g.writeRawValue(s.attributes());
        }
        g.writeEndObject();
    }

    public static void source(JsonGenerator g, ExportedSource s) {
        g.writeStartObject();
        g.writeNumberProperty("id", s.id());
        g.writeStringProperty("name", s.name());
        g.writeStringProperty("kind", s.kind());
        g.writeStringProperty("country", s.country());
        g.writeStringProperty("description", s.description());
        strings(g, "aliases", s.aliases());
        g.writeEndObject();
    }

    public static void comment(JsonGenerator g, ExportedComment c) {
        g.writeStartObject();
        g.writeNumberProperty("id", c.id());
        g.writeNumberProperty("article", c.article());
        number(g, "span", c.span());
        g.writeStringProperty("quote", c.quote());
        g.writeStringProperty("author", c.author());
        g.writeStringProperty("text", c.text());
        g.writeStringProperty("created_at", c.createdAt());
        g.writeStringProperty("resolved_at", c.resolvedAt());
        g.writeStringProperty("resolved_by", c.resolvedBy());
        g.writeEndObject();
    }

    public static void claim(JsonGenerator g, ExportedClaim c) {
        g.writeStartObject();
        g.writeNumberProperty("id", c.id());
        g.writeStringProperty("statement", c.statement());
        g.writeStringProperty("subject", c.subject());
        g.writeStringProperty("claim_type", c.claimType());
        g.writeStringProperty("verdict", c.verdict());
        g.writeEndObject();
    }

    static void strings(JsonGenerator g, String name, List<String> values) {
        g.writeName(name);
        g.writeStartArray();
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    static void number(JsonGenerator g, String name, Long value) {
        if (value == null) {
            g.writeNullProperty(name);
        } else {
            g.writeNumberProperty(name, value);
        }
    }

    /** Figures as plain decimals ("1250", "2.5"), never in exponent notation. */
    static void decimal(JsonGenerator g, String name, BigDecimal value) {
        g.writeName(name);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(value.toPlainString());
        }
    }
}
