package org.corpusdesk.search;

import static org.corpusdesk.jooq.Tables.ARTICLE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Lucene index of article titles and clean texts, kept in the data folder, for the queue's search. It follows
 * the database instead of being told about changes, so articles imported by the command line (another process)
 * or by another app instance are found too: every few seconds it indexes the articles updated since its
 * watermark; now and then it re-reads a short overlap before the watermark, because a transaction can commit
 * rows stamped before it.
 */
public class ArticleSearchIndex implements AutoCloseable {

    /** Longer than any write transaction (an import commits every 2,000 articles, well within a second). */
    static final Duration OVERLAP = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(ArticleSearchIndex.class);
    private static final String WATERMARK = "watermark";
    private static final int BATCH = 2_000;

    private final DSLContext dsl;
    private final Analyzer analyzer = new StandardAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private volatile OffsetDateTime watermark;
    private volatile boolean caughtUp;

    public ArticleSearchIndex(DSLContext dsl, Path folder) {
        this.dsl = dsl;
        try {
            writer = openOrRebuild(folder);
            Map<String, String> data = new java.util.HashMap<>();
            writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
            watermark = data.containsKey(WATERMARK) ? OffsetDateTime.parse(data.get(WATERMARK)) : null;
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + folder, e);
        }
    }

    /**
     * Opens the index; one that cannot be read (damaged, or written by another Lucene version) is derived data:
     * it is emptied and rebuilt from the database, with a log line saying so. An index locked by another process
     * is left alone.
     */
    private IndexWriter openOrRebuild(Path folder) throws IOException {
        try {
            IndexWriter opened = new IndexWriter(FSDirectory.open(folder), new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            opened.getLiveCommitData(); // reads the last commit
            return opened;
        } catch (org.apache.lucene.store.LockObtainFailedException inUse) {
            throw inUse;
        } catch (IOException | RuntimeException unreadable) {
            LOG.warn("The search index in {} cannot be read ({}): rebuilding it from the database", folder,
                    unreadable.toString());
            try (var files = java.nio.file.Files.list(folder)) {
                for (Path f : files.toList()) {
                    org.springframework.util.FileSystemUtils.deleteRecursively(f);
                }
            }
            return new IndexWriter(FSDirectory.open(folder), new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE));
        }
    }

    /** Indexes what changed since the watermark, without the overlap; returns the number of articles indexed. */
    public int catchUp() {
        return catchUp(false);
    }

    /**
     * Indexes what changed since the watermark; with {@code overlap}, also re-reads {@link #OVERLAP} before it to
     * pick up rows of transactions that committed late. Returns the number of articles (re)indexed.
     */
    public synchronized int catchUp(boolean overlap) {
        int indexed = 0;
        OffsetDateTime from = watermark == null ? OffsetDateTime.parse("1970-01-01T00:00Z")
                : overlap ? watermark.minus(OVERLAP) : watermark;
        OffsetDateTime newest = watermark;
        long afterId = 0;
        try {
            while (true) {
                var rows = dsl.select(ARTICLE.ID, ARTICLE.TITLE, ARTICLE.CLEAN_TEXT, ARTICLE.UPDATED_AT).from(ARTICLE)
                        .where(ARTICLE.UPDATED_AT.gt(from).or(ARTICLE.UPDATED_AT.eq(from).and(ARTICLE.ID.gt(afterId))))
                        .orderBy(ARTICLE.UPDATED_AT, ARTICLE.ID).limit(BATCH).fetch();
                for (var r : rows) {
                    Document doc = new Document();
                    doc.add(new StringField("key", r.value1().toString(), Field.Store.NO));
                    doc.add(new LongPoint("id", r.value1()));
                    doc.add(new StoredField("id", r.value1()));
                    doc.add(new TextField("text", (r.value2() == null ? "" : r.value2()) + "\n" + r.value3(), Field.Store.NO));
                    writer.updateDocument(new Term("key", r.value1().toString()), doc);
                    from = r.value4();
                    afterId = r.value1();
                    newest = newest == null || r.value4().isAfter(newest) ? r.value4() : newest;
                }
                indexed += rows.size();
                if (rows.size() < BATCH) {
                    break;
                }
            }
            if (indexed > 0) { // an idle pass writes nothing: no commit, no fsync
                writer.setLiveCommitData(Map.of(WATERMARK, newest.toString()).entrySet());
                writer.commit();
                searchers.maybeRefresh();
            }
            watermark = newest;
            caughtUp = true;
        } catch (IOException e) {
            throw new UncheckedIOException("search index update failed", e);
        }
        return indexed;
    }

    /** True once the index has read the whole table at least once since start. */
    public boolean ready() {
        return caughtUp;
    }

    /**
     * Ids of articles whose title or text holds every word of the query (the last word as a prefix, for
     * search-as-you-type), at most {@code max}; null when the query holds no searchable word. Runs a plain pass
     * first (one indexed query when nothing changed), so what was saved a moment ago is found.
     */
    public List<Long> matching(String query, int max) {
        List<String> words = tokens(query);
        if (words.isEmpty()) {
            return null;
        }
        catchUp();
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (int i = 0; i < words.size(); i++) {
            Term term = new Term("text", words.get(i));
            q.add(i == words.size() - 1 ? new PrefixQuery(term) : new TermQuery(term), BooleanClause.Occur.MUST);
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                List<Long> ids = new ArrayList<>();
                for (ScoreDoc hit : searcher.search(q.build(), max).scoreDocs) {
                    ids.add(searcher.storedFields().document(hit.doc).getField("id").numericValue().longValue());
                }
                return ids;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    private List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
        } catch (IOException e) {
            LOG.warn("closing the search index: {}", e.getMessage());
        }
    }
}
