package org.corpusdesk.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** What a format reads: the selected articles (streamed), the registries and the label definitions. */
public final class DatasetSource {

    /** Receives one article at a time. */
    @FunctionalInterface
    public interface ArticleSink {
        void accept(DatasetArticle article) throws IOException;
    }

    private final ExportRequest request;
    private final DatasetReader reader;
    private final RegistryReader registries;
    private final it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap splits;
    private final ExportStats stats;
    private boolean streamed;

    DatasetSource(ExportRequest request, DatasetReader reader, RegistryReader registries,
            it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap splits, ExportStats stats) {
        this.request = request;
        this.reader = reader;
        this.registries = registries;
        this.splits = splits;
        this.stats = stats;
    }

    public ExportRequest request() {
        return request;
    }

    /** The names data files are split by: train, validation, test; or just "data" without a split. */
    public List<String> fileSplits() {
        return request.split() == null ? List.of("data") : SplitRatios.NAMES;
    }

    /** The split an article's rows go to: its split, or "data". */
    public static String fileSplit(DatasetArticle a) {
        return a.split() == null ? "data" : a.split();
    }

    /** Streams the selected articles in id order. A format reads them once. */
    public void articles(ArticleSink sink) throws IOException {
        if (streamed) {
            throw new IllegalStateException("the articles of an export are streamed once");
        }
        streamed = true;
        try {
            reader.stream(request, splits, a -> {
                stats.count(a);
                try {
                    sink.accept(a);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    public List<ExportedSource> sources() {
        return registries.sources();
    }

    public List<ExportedClaim> claims() {
        return registries.claims(request.status());
    }

    /** The discussions of the exported articles (ids as the articles streamed). */
    public List<ExportedComment> comments(java.util.function.LongPredicate exported) {
        return registries.comments(exported);
    }

    public List<ExportedLabel> labels() {
        return registries.labels();
    }

    /** Counts for formats that do not need the articles themselves (the card still counts them). */
    void countOnly() throws IOException {
        if (!streamed) {
            articles(a -> { });
        }
    }
}
