package org.corpusdesk.export.format;

import java.util.List;
import java.util.function.Consumer;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.corpusdesk.export.DatasetArticle;
import org.corpusdesk.export.DatasetRelation;
import org.corpusdesk.export.DatasetSpan;

/** Writes one article into Parquet's record consumer, field by field, in the order of the schema. */
final class ParquetRecord {

    private final RecordConsumer out;
    private int index;

    ParquetRecord(RecordConsumer out) {
        this.out = out;
    }

    void article(DatasetArticle a) {
        out.startMessage();
        index = 0;
        int64("id", a.id());
        string("text", a.text());
        string("title", a.title());
        string("outlet", a.outlet());
        string("author", a.author());
        string("url", a.url());
        string("published_on", a.publishedOn());
        string("published_precision", a.publishedPrecision());
        string("language", a.language());
        string("dateline", a.dateline());
        string("credit_line", a.creditLine());
        list("flags", a.flags(), f -> {
            out.startField("element", 0);
            out.addBinary(Binary.fromString(f));
            out.endField("element", 0);
        }, true);
        string("status", a.status());
        int64("story_cluster", a.storyCluster());
        int64("duplicate_of", a.duplicateOf());
        string("content_hash", a.contentHash());
        string("split", a.split());
        list("spans", a.spans(), this::span, false);
        list("relations", a.relations(), this::relation, false);
        out.endMessage();
    }

    private void span(DatasetSpan s) {
        ParquetRecord inner = new ParquetRecord(out);
        inner.int64("id", s.id());
        inner.int32("start", s.start());
        inner.int32("end", s.end());
        inner.string("label", s.label());
        inner.string("kind", s.kind());
        inner.string("text", s.text());
        inner.string("annotator", s.annotator());
        inner.string("claim_type", s.claimType());
        if (s.figure() != null) {
            out.startField("figure", inner.index);
            out.addDouble(s.figure().doubleValue());
            out.endField("figure", inner.index);
        }
        inner.index++;
        inner.string("figure_unit", s.figureUnit());
        inner.string("figure_qualifier", s.figureQualifier());
        inner.string("verdict", s.verdict());
        inner.string("note", s.note());
        inner.int64("source_id", s.sourceId());
        inner.int64("claim_id", s.claimId());
    }

    private void relation(DatasetRelation r) {
        ParquetRecord inner = new ParquetRecord(out);
        inner.int64("claim", r.claim());
        inner.int64("source", r.source());
        inner.int64("cue", r.cue());
    }

    /** A LIST field: group { repeated group list { element } }; {@code primitive} elements write themselves. */
    private <T> void list(String name, List<T> items, Consumer<T> element, boolean primitive) {
        out.startField(name, index);
        out.startGroup();
        if (!items.isEmpty()) {
            out.startField("list", 0);
            for (T item : items) {
                out.startGroup();
                if (primitive) {
                    element.accept(item);
                } else {
                    out.startField("element", 0);
                    out.startGroup();
                    element.accept(item);
                    out.endGroup();
                    out.endField("element", 0);
                }
                out.endGroup();
            }
            out.endField("list", 0);
        }
        out.endGroup();
        out.endField(name, index);
        index++;
    }

    private void string(String name, String value) {
        if (value != null) {
            out.startField(name, index);
            out.addBinary(Binary.fromString(value));
            out.endField(name, index);
        }
        index++;
    }

    private void int64(String name, Long value) {
        if (value != null) {
            out.startField(name, index);
            out.addLong(value);
            out.endField(name, index);
        }
        index++;
    }

    private void int32(String name, int value) {
        out.startField(name, index);
        out.addInteger(value);
        out.endField(name, index);
        index++;
    }
}
