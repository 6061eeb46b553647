package org.corpusdesk.export.format;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.corpusdesk.export.DataFiles;
import org.corpusdesk.export.DatasetFormat;
import org.corpusdesk.export.DatasetJson;
import org.corpusdesk.export.DatasetSource;
import org.corpusdesk.export.ExportedClaim;
import org.corpusdesk.export.ExportedComment;
import org.corpusdesk.export.ExportedSource;
import org.corpusdesk.ingest.dataset.DatasetImportService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;

/**
 * One article per line in {@code SPLIT.jsonl}, plus the registries in {@code sources.jsonl} and
 * {@code claims.jsonl} so that spans' source and claim ids resolve and the export imports back whole.
 */
@Component
@Order(1)
public class JsonlFormat implements DatasetFormat {

    private final ObjectProvider<DatasetImportService> reader;

    public JsonlFormat(ObjectProvider<DatasetImportService> reader) {
        this.reader = reader;
    }

    @Override
    public String name() {
        return "jsonl";
    }

    @Override
    public String description() {
        return "one article per line with its spans and relations (code-point offsets); registries beside";
    }

    @Override
    public String howToLoad() {
        return """
                from datasets import load_dataset
                ds = load_dataset("json", data_dir="EXPORT_DIR")       # splits from the file names
                import pandas as pd
                df = pd.read_json("EXPORT_DIR/train.jsonl", lines=True)""";
    }

    @Override
    public java.util.Optional<Reading> reading() {
        return java.util.Optional.of(new Reading("Corpus Desk export", DatasetImportService::isJsonlExport, (path, progress) -> reader.getObject().importExport(path)));
    }

    @Override
    public void write(DatasetSource data, DataFiles files) throws IOException {
        Map<String, Lines> bySplit = new HashMap<>();
        for (String split : data.fileSplits()) {
            bySplit.put(split, new Lines(files.create(split + ".jsonl")));
        }
        it.unimi.dsi.fastutil.longs.LongOpenHashSet exported = new it.unimi.dsi.fastutil.longs.LongOpenHashSet();
        data.articles(a -> {
            Lines out = bySplit.get(DatasetSource.fileSplit(a));
            DatasetJson.article(out.json, a);
            out.end();
            exported.add(a.id());
        });
        for (Lines l : bySplit.values()) {
            l.close();
        }
        try (Lines sources = new Lines(files.create("sources.jsonl"))) {
            for (ExportedSource s : data.sources()) {
                DatasetJson.source(sources.json, s);
                sources.end();
            }
        }
        try (Lines comments = new Lines(files.create("comments.jsonl"))) {
            for (ExportedComment c : data.comments(exported::contains)) {
                DatasetJson.comment(comments.json, c);
                comments.end();
            }
        }
        try (Lines claims = new Lines(files.create("claims.jsonl"))) {
            for (ExportedClaim c : data.claims()) {
                DatasetJson.claim(claims.json, c);
                claims.end();
            }
        }
    }

    /** A JSON Lines file: one generator, a newline after each value. */
    static final class Lines implements AutoCloseable {
        final DataFiles.DataFile file;
        final JsonGenerator json;

        Lines(DataFiles.DataFile file) {
            this.file = file;
            this.json = DatasetJson.generator(file.stream());
        }

        void end() {
            json.writeRaw('\n');
            file.row();
        }

        @Override
        public void close() throws IOException {
            json.close();
            file.close();
        }
    }
}
