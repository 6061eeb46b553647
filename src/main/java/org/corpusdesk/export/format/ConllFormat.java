package org.corpusdesk.export.format;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corpusdesk.export.DataFiles;
import org.corpusdesk.export.DatasetArticle;
import org.corpusdesk.export.DatasetFormat;
import org.corpusdesk.export.DatasetSource;
import org.corpusdesk.export.DatasetSpan;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * CoNLL-2003-style BIO tags, one file per split: "-DOCSTART- -X- -X- O" before each article, one token per line
 * as "TOKEN _ _ TAG", a blank line after each sentence. Tags are B-/I- plus the label in upper case. BIO cannot
 * show overlaps: where spans overlap, a token takes the span that starts first (then the longer, then the older).
 */
@Component
@Order(3)
public class ConllFormat implements DatasetFormat {

    @Override
    public String name() {
        return "conll";
    }

    @Override
    public String description() {
        return "CoNLL-2003-style BIO token tags, one file per split (overlapping spans: the first wins)";
    }

    @Override
    public String howToLoad() {
        return """
                def read_conll(path):
                    sents, sent = [], []
                    for line in open(path, encoding="utf-8"):
                        parts = line.split()
                        if not parts or parts[0] == "-DOCSTART-":
                            if sent: sents.append(sent); sent = []
                        else:
                            sent.append((parts[0], parts[-1]))
                    return sents + ([sent] if sent else [])
                train = read_conll("EXPORT_DIR/train.conll")""";
    }

    @Override
    public void write(DatasetSource data, DataFiles files) throws IOException {
        Map<String, DataFiles.DataFile> bySplit = new HashMap<>();
        for (String split : data.fileSplits()) {
            bySplit.put(split, files.create(split + ".conll"));
        }
        data.articles(a -> {
            DataFiles.DataFile file = bySplit.get(DatasetSource.fileSplit(a));
            file.rows(write(a, file.writer()));
        });
        for (DataFiles.DataFile f : bySplit.values()) {
            f.close();
        }
    }

    /** Writes one article; returns the number of token lines. */
    static int write(DatasetArticle a, Writer out) throws IOException {
        out.write("-DOCSTART- -X- -X- O\n\n");
        List<ConllTokenizer.Token> tokens = ConllTokenizer.tokens(a.text());
        DatasetSpan previous = null;
        boolean open = false;
        for (ConllTokenizer.Token t : tokens) {
            DatasetSpan span = covering(a.spans(), t);
            String tag = span == null ? "O"
                    : (span == previous ? "I-" : "B-") + span.label().toUpperCase(Locale.ROOT).replace(' ', '_');
            out.write(t.text());
            out.write(" _ _ ");
            out.write(tag);
            out.write('\n');
            open = true;
            previous = span;
            if (t.endsSentence()) {
                out.write('\n');
                open = false;
                previous = null;
            }
        }
        if (open) {
            out.write('\n');
        }
        return tokens.size();
    }

    private static DatasetSpan covering(List<DatasetSpan> spans, ConllTokenizer.Token t) {
        DatasetSpan best = null;
        for (DatasetSpan s : spans) {
            if (s.start() < t.end() && t.start() < s.end()) {
                if (best == null || s.start() < best.start()
                        || (s.start() == best.start() && s.end() > best.end())) {
                    best = s;
                }
            }
        }
        return best;
    }
}
