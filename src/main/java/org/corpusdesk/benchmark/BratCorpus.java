package org.corpusdesk.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A synthetic brat corpus for the annotated-import benchmark: {@code NAME.txt} in {@code text/} and one
 * {@code NAME_ANNOTATOR.ann} in {@code ann/}, with Source, Cue and Content spans over whole words in turn and an
 * Attribution event for every such triple, as attribution corpora are annotated.
 */
public final class BratCorpus {

    /** What was written: articles, T lines, E lines, bytes. */
    public record Written(int articles, long spans, long events, long bytes) {
    }

    private BratCorpus() {
    }

    public static Written write(SyntheticCorpus texts, Path dir, int articles, int spansPerArticle) throws IOException {
        Path text = Files.createDirectories(dir.resolve("text"));
        Path ann = Files.createDirectories(dir.resolve("ann"));
        long spans = 0;
        long events = 0;
        long bytes = 0;
        String[] roles = {"Source", "Cue", "Content"};
        for (int i = 0; i < articles; i++) {
            String body = texts.article(i);
            StringBuilder lines = new StringBuilder();
            // word boundaries in code points: spans cover one or two whole words, never overlapping
            int[] cps = body.codePoints().toArray();
            int t = 0;
            int e = 0;
            int at = 0;
            String[] triple = new String[3];
            while (t < spansPerArticle) {
                while (at < cps.length && !Character.isLetter(cps[at])) {
                    at++;
                }
                if (at >= cps.length) {
                    break;
                }
                int start = at;
                while (at < cps.length && Character.isLetter(cps[at])) {
                    at++;
                }
                int end = at;
                String covered = new String(cps, start, end - start);
                String role = roles[t % 3];
                t++;
                lines.append('T').append(t).append('\t').append(role).append(' ').append(start).append(' ').append(end)
                        .append('\t').append(covered).append('\n');
                triple[(t - 1) % 3] = "T" + t;
                if (t % 3 == 0) {
                    e++;
                    lines.append('E').append(e).append("\tAttribution:").append(triple[1]).append(" Content:")
                            .append(triple[2]).append(" Cue:").append(triple[1]).append(" Source:").append(triple[0])
                            .append('\n');
                }
                at += 3 + (t * 7) % 11; // skip a few characters so the spans spread over the text
            }
            String name = "article-" + i;
            Files.writeString(text.resolve(name + ".txt"), body);
            Files.writeString(ann.resolve(name + "_" + Integer.toHexString(0xa000 + i % 6) + ".ann"), lines);
            spans += t;
            events += e;
            bytes += body.length() + lines.length();
        }
        return new Written(articles, spans, events, bytes);
    }
}
