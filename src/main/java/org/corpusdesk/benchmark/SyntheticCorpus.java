package org.corpusdesk.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import tools.jackson.databind.json.JsonMapper;

/**
 * A deterministic noisy news corpus for benchmarks: English-like sentences and paragraphs (the most frequent
 * English words head a Zipf distribution, invented content words fill its tail, as in real news text), scraping
 * boilerplate (ad markers, "Advertisement", repeated captions, "Source link"), every tenth article a rewrite
 * of an earlier one (a near-duplicate of the same story), and a few bad files. Article i is a pure function
 * of (seed, i), so the same texts can be produced again for the plain-insert comparison.
 */
public final class SyntheticCorpus {

    static final int ARTICLES_PER_JSONL = 1_000;
    static final int PLAIN_TEXT_EVERY = 20;
    static final int REWRITE_EVERY = 10;
    private static final String[] SYLLABLES = {"ka", "ro", "ban", "tel", "mi", "sor", "va", "den", "gu", "lis",
        "pra", "to", "nek", "shi", "ar", "mon", "zu", "el", "qui", "dra", "po", "len", "cas", "ti", "ver"};
    /** Frequent English words, most frequent first: a language detector must see real language. */
    private static final String[] COMMON = ("the of and to in a that said is was for on it with as by at from he his "
            + "be are have has not but they an this were which their been who would will its had or more after also "
            + "there than other people when new two over about into one government forces could state military "
            + "minister officials country president ministry told first last week since year city region troops "
            + "against between border attack killed reported statement foreign security news agency according "
            + "during police talks peace war fighting sunday monday tuesday wednesday thursday friday saturday").split(" ");
    private static final String[] OUTLETS = {"Daily Wire Service", "Caucasus Herald", "Evening Ledger",
        "Regional Tribune", "Morning Dispatch", "World Desk"};

    private final long seed;
    private final int articleBytes;
    private final String[] vocabulary;

    public SyntheticCorpus(long seed, int articleBytes) {
        this.seed = seed;
        this.articleBytes = articleBytes;
        SplittableRandom random = new SplittableRandom(seed);
        vocabulary = new String[8_000];
        java.util.Set<String> seen = new java.util.HashSet<>(List.of(COMMON));
        System.arraycopy(COMMON, 0, vocabulary, 0, COMMON.length);
        for (int i = COMMON.length; i < vocabulary.length; ) {
            StringBuilder w = new StringBuilder();
            int syllables = 2 + random.nextInt(3);
            for (int s = 0; s < syllables; s++) {
                w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            if (seen.add(w.toString())) {
                vocabulary[i++] = w.toString();
            }
        }
    }

    /** Written files and the bytes of article text in them. */
    public record Written(int files, long textBytes, int badFiles) {
    }

    public Written write(Path dir, int articles) throws IOException {
        Files.createDirectories(dir);
        JsonMapper json = JsonMapper.builder().build();
        int files = 0;
        long textBytes = 0;
        BufferedWriter jsonl = null;
        for (int i = 0; i < articles; i++) {
            String text = article(i);
            textBytes += text.getBytes(StandardCharsets.UTF_8).length;
            if (i % PLAIN_TEXT_EVERY == 0) {
                Files.writeString(dir.resolve(String.format("story-%07d.txt", i)), text);
                files++;
                continue;
            }
            if (jsonl == null || i % ARTICLES_PER_JSONL == 1) {
                if (jsonl != null) {
                    jsonl.close();
                }
                jsonl = Files.newBufferedWriter(dir.resolve(String.format("batch-%07d.jsonl", i)));
                files++;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("text", text);
            row.put("outlet", OUTLETS[i % OUTLETS.length]);
            row.put("url", "https://example.org/news/" + i);
            row.put("published", String.format("2020-%02d-%02d", 1 + i % 12, 1 + i % 28));
            row.put("section", "world");
            jsonl.write(json.writeValueAsString(row));
            jsonl.write('\n');
        }
        if (jsonl != null) {
            jsonl.close();
        }
        return new Written(files + writeBadFiles(dir), textBytes, 3);
    }

    /** The raw text of article i: its own story, or every tenth one a rewrite of a recent article. */
    public String article(int i) {
        if (i >= REWRITE_EVERY && i % REWRITE_EVERY == REWRITE_EVERY - 1) {
            int original = i - 1 - new SplittableRandom(seed ^ (i * 31L)).nextInt(REWRITE_EVERY - 1);
            return rewrite(story(original), new SplittableRandom(seed * 17 + i));
        }
        return story(i);
    }

    private String story(int i) {
        SplittableRandom random = new SplittableRandom(seed + 1_000_003L * i);
        StringBuilder text = new StringBuilder(articleBytes + 200);
        text.append("[ad_1]\n");
        text.append(capitalised(sentence(random, 6 + random.nextInt(5)))).append("\n\n");
        String caption = capitalised(sentence(random, 12)) + ". Photo by Staff/Agency";
        text.append(caption).append('\n').append(caption).append("\n\n");
        int paragraph = 0;
        while (text.length() < articleBytes) {
            int sentences = 2 + random.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                text.append(capitalised(sentence(random, 8 + random.nextInt(14)))).append(". ");
            }
            text.setLength(text.length() - 1);
            text.append("\n\n");
            if (++paragraph % 4 == 0) {
                text.append("Advertisement\n\n");
            }
        }
        text.append("Source link\n\nLeave a Reply\n");
        return text.toString();
    }

    /** Drops and replaces about a fifth of the sentences, as another outlet's rewrite would. */
    private String rewrite(String original, SplittableRandom random) {
        StringBuilder out = new StringBuilder(original.length());
        for (String sentence : original.split("(?<=\\. )")) {
            int roll = random.nextInt(10);
            if (roll == 0) {
                continue;
            }
            out.append(roll == 1 ? capitalised(sentence(random, 10)) + ". " : sentence);
        }
        return out.toString();
    }

    /** A sentence of {@code words} words from the corpus vocabulary, for other generators. */
    public String sentenceText(SplittableRandom random, int words) {
        return capitalised(sentence(random, words));
    }

    private String sentence(SplittableRandom random, int words) {
        StringBuilder s = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                s.append(' ');
            }
            s.append(vocabulary[zipf(random)]);
        }
        return s.toString();
    }

    /** Word frequencies fall off roughly like natural language (a few words are very common). */
    private int zipf(SplittableRandom random) {
        double u = random.nextDouble();
        return (int) Math.min(vocabulary.length - 1, Math.floor(Math.pow(vocabulary.length, u)) - 1);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static int writeBadFiles(Path dir) throws IOException {
        Files.write(dir.resolve("bad-binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 1, 2});
        Files.write(dir.resolve("bad-encoding.txt"), new byte[] {'N', 'e', 'w', 's', ' ', (byte) 0x81, (byte) 0xC3});
        List<String> lines = new ArrayList<>();
        lines.add("{\"title\": \"No text here\"}");
        lines.add("{not json");
        lines.add("[1, 2]");
        Files.write(dir.resolve("bad-lines.jsonl"), lines);
        return 3;
    }
}
