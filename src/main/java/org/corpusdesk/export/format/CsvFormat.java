package org.corpusdesk.export.format;

import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.corpusdesk.export.DataFiles;
import org.corpusdesk.export.DatasetFormat;
import org.corpusdesk.export.DatasetRelation;
import org.corpusdesk.export.DatasetSource;
import org.corpusdesk.export.DatasetSpan;
import org.corpusdesk.export.ExportedClaim;
import org.corpusdesk.export.ExportedSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Relational CSV (RFC 4180, UTF-8): articles, spans and relations joinable by ids, plus the registries. */
@Component
@Order(2)
public class CsvFormat implements DatasetFormat {

    static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public String description() {
        return "articles.csv, spans.csv and relations.csv joined by ids; sources.csv and claims.csv";
    }

    @Override
    public String howToLoad() {
        return """
                import pandas as pd
                articles = pd.read_csv("EXPORT_DIR/articles.csv", keep_default_na=False, na_values=[""])
                spans = pd.read_csv("EXPORT_DIR/spans.csv").merge(articles[["id", "split"]], left_on="article_id", right_on="id")""";
    }

    @Override
    public void write(DatasetSource data, DataFiles files) throws IOException {
        try (Table articles = new Table(files.create("articles.csv"), "id", "title", "outlet", "author", "url",
                "published_on", "published_precision", "language", "dateline", "credit_line", "flags", "status",
                "story_cluster", "duplicate_of", "split", "text");
             Table spans = new Table(files.create("spans.csv"), "id", "article_id", "start", "end", "label", "kind",
                     "text", "annotator", "claim_type", "figure", "figure_unit", "figure_qualifier", "verdict", "note",
                     "source_id", "claim_id");
             Table relations = new Table(files.create("relations.csv"), "article_id", "claim", "source", "cue")) {
            data.articles(a -> {
                articles.row(a.id(), a.title(), a.outlet(), a.author(), a.url(), a.publishedOn(), a.publishedPrecision(),
                        a.language(), a.dateline(), a.creditLine(), String.join(",", a.flags()), a.status(),
                        a.storyCluster(), a.duplicateOf(), a.split(), a.text());
                for (DatasetSpan s : a.spans()) {
                    spans.row(s.id(), a.id(), s.start(), s.end(), s.label(), s.kind(), s.text(), s.annotator(),
                            s.claimType(), s.figure() == null ? null : s.figure().toPlainString(), s.figureUnit(),
                            s.figureQualifier(), s.verdict(), s.note(), s.sourceId(), s.claimId());
                }
                for (DatasetRelation r : a.relations()) {
                    relations.row(a.id(), r.claim(), r.source(), r.cue());
                }
            });
        }
        try (Table sources = new Table(files.create("sources.csv"), "id", "name", "kind", "country", "description", "aliases")) {
            for (ExportedSource s : data.sources()) {
                sources.row(s.id(), s.name(), s.kind(), s.country(), s.description(), String.join("|", s.aliases()));
            }
        }
        try (Table claims = new Table(files.create("claims.csv"), "id", "statement", "subject", "claim_type", "verdict")) {
            for (ExportedClaim c : data.claims()) {
                claims.row(c.id(), c.statement(), c.subject(), c.claimType(), c.verdict());
            }
        }
    }

    /** A CSV data file with a header row; the header is not counted as a row. */
    static final class Table implements AutoCloseable {
        private final DataFiles.DataFile file;
        private final CSVPrinter printer;

        Table(DataFiles.DataFile file, String... header) throws IOException {
            this.file = file;
            this.printer = new CSVPrinter(file.writer(), CSV);
            printer.printRecord(List.of(header));
        }

        void row(Object... values) throws IOException {
            printer.printRecord(values);
            file.row();
        }

        @Override
        public void close() throws IOException {
            printer.flush();
            file.close();
        }
    }

}
