package org.corpusdesk.agreement;

import static org.corpusdesk.jooq.Tables.ANNOTATION;
import static org.corpusdesk.jooq.Tables.APP_USER;
import static org.corpusdesk.jooq.Tables.ARTICLE;
import static org.corpusdesk.jooq.Tables.ATTRIBUTION;
import static org.corpusdesk.jooq.Tables.LABEL;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inter-annotator agreement over the articles that several annotators annotated (each annotator's spans are a
 * layer), computed from the database by streaming one article at a time. For every pair of annotators and label,
 * over the articles both annotated: exact span F1 (same label, start and end), overlap span F1 (same label, sharing
 * a code point, matched one to one), Krippendorff's α for unitizing (DKPro Statistics, the articles laid end to
 * end as one continuum), Cohen's κ and percent agreement on word tokens (from their 2×2 table) (a token is inside a span of the label or
 * not); and attribution F1 over (claim, source) span pairs. Formulas in docs/agreement.md.
 */
@Service
public class AgreementService {

    /**
     * Which spans count: labels and annotators by name (empty: all), one article (null: all), only these articles
     * (null: all; an export's), and only one outlet's articles (null: all).
     */
    public record Filter(Set<String> labels, Set<String> annotators, Long article, java.util.function.LongPredicate articles,
            String outlet) {
        public static final Filter ALL = new Filter(Set.of(), Set.of(), null);

        public Filter(Set<String> labels, Set<String> annotators, Long article) {
            this(labels, annotators, article, null, null);
        }

        public Filter(Set<String> labels, Set<String> annotators, Long article, java.util.function.LongPredicate articles) {
            this(labels, annotators, article, articles, null);
        }

        public Filter withOutlet(String name) {
            return new Filter(labels, annotators, article, articles, name == null || name.isBlank() ? null : name.strip());
        }
    }

    private final DSLContext dsl;
    private final org.corpusdesk.user.UserRepository users;

    public AgreementService(DSLContext dsl, org.corpusdesk.user.UserRepository users) {
        this.dsl = dsl;
        this.users = users;
    }

    /** Per label, the figures pooled over every pair of annotators, then each pair's; attribution last. */
    @PreAuthorize("hasRole('CURATOR')")
    @Transactional(readOnly = true)
    public List<AgreementRow> agreement(Filter filter) {
        if (filter.outlet() != null) {
            var ofOutlet = new it.unimi.dsi.fastutil.longs.LongOpenHashSet(dsl.select(ARTICLE.ID).from(ARTICLE)
                    .where(ARTICLE.OUTLET.eq(filter.outlet())).fetch(ARTICLE.ID));
            java.util.function.LongPredicate also = filter.articles();
            filter = new Filter(filter.labels(), filter.annotators(), filter.article(),
                    id -> ofOutlet.contains(id) && (also == null || also.test(id)), null);
        }
        Map<String, Map<String, Pair>> byLabel = new TreeMap<>(); // label -> "a\tb" -> pair counts
        Map<String, Pair> attributions = new TreeMap<>();
        // the articles of two or more annotators, as a derived table joined to each cursor (H2 2.5 fails on this
        // grouped subquery as an IN list once it holds some 100,000 ids)
        var shared = ANNOTATION.as("shared");
        // between editors' layers: the gold layer (the curated merge of them) is left out
        long gold = users.goldLayerId();
        Condition editors = ANNOTATION.ANNOTATOR_ID.ne(gold);
        Condition one = (filter.article() == null ? DSL.noCondition() : shared.ARTICLE_ID.eq(filter.article()))
                .and(shared.ANNOTATOR_ID.ne(gold));
        var multi = DSL.select(shared.ARTICLE_ID.as("article_id")).from(shared).where(one).groupBy(shared.ARTICLE_ID)
                .having(DSL.countDistinct(shared.ANNOTATOR_ID).gt(1)).asTable("multi");
        org.jooq.Field<Long> multiId = multi.field("article_id", Long.class);
        // three cursors in article order, merged here: spans; texts, once per article (joined to every span a text
        // would be read twenty times); attributions, by their claim's article
        try (Cursor<? extends Record> rows = dsl.select(ANNOTATION.ID, ANNOTATION.ARTICLE_ID, APP_USER.USERNAME, LABEL.NAME,
                        ANNOTATION.START_CP, ANNOTATION.END_CP)
                .from(ANNOTATION).join(multi).on(multiId.eq(ANNOTATION.ARTICLE_ID))
                .join(APP_USER).on(APP_USER.ID.eq(ANNOTATION.ANNOTATOR_ID))
                .join(LABEL).on(LABEL.ID.eq(ANNOTATION.LABEL_ID))
                .where(editors)
                .orderBy(ANNOTATION.ARTICLE_ID).fetchSize(2000).fetchLazy();
             Cursor<? extends Record> articleTexts = dsl.select(ARTICLE.ID, ARTICLE.CLEAN_TEXT).from(ARTICLE)
                .join(multi).on(multiId.eq(ARTICLE.ID)).orderBy(ARTICLE.ID).fetchSize(500).fetchLazy();
             Cursor<? extends Record> links = dsl.select(ANNOTATION.ARTICLE_ID, ATTRIBUTION.CLAIM_ANNOTATION_ID,
                        ATTRIBUTION.SOURCE_ANNOTATION_ID)
                .from(ATTRIBUTION).join(ANNOTATION).on(ANNOTATION.ID.eq(ATTRIBUTION.CLAIM_ANNOTATION_ID))
                .join(multi).on(multiId.eq(ANNOTATION.ARTICLE_ID))
                .where(editors)
                .orderBy(ANNOTATION.ARTICLE_ID).fetchSize(2000).fetchLazy()) {
            Links pending = new Links(links);
            long current = -1;
            String text = null;
            Map<String, List<LayerSpan>> layers = new TreeMap<>();
            Map<Long, LayerSpan> byId = new HashMap<>();
            Map<Long, String> ownerOf = new HashMap<>();
            while (rows.hasNext()) {
                Record r = rows.fetchNext();
                long article = r.get(ANNOTATION.ARTICLE_ID);
                if (filter.articles() != null && !filter.articles().test(article)) {
                    continue;
                }
                if (article != current) {
                    if (current >= 0) {
                        article(text, layers, pending.of(current, byId, ownerOf), filter, byLabel, attributions);
                    }
                    current = article;
                    text = textOf(articleTexts, article);
                    layers = new TreeMap<>();
                    byId = new HashMap<>();
                    ownerOf = new HashMap<>();
                }
                String annotator = r.get(APP_USER.USERNAME);
                if (!filter.annotators().isEmpty() && !filter.annotators().contains(annotator)) {
                    continue;
                }
                LayerSpan span = new LayerSpan(r.get(LABEL.NAME), r.get(ANNOTATION.START_CP), r.get(ANNOTATION.END_CP));
                byId.put(r.get(ANNOTATION.ID), span);
                ownerOf.put(r.get(ANNOTATION.ID), annotator);
                if (filter.labels().isEmpty() || filter.labels().contains(span.label())) {
                    layers.computeIfAbsent(annotator, k -> new ArrayList<>()).add(span);
                }
            }
            if (current >= 0) {
                article(text, layers, pending.of(current, byId, ownerOf), filter, byLabel, attributions);
            }
        }
        return rows(byLabel, attributions);
    }

    /** The article's text from the texts cursor (both in article order). */
    private static String textOf(Cursor<? extends Record> texts, long article) {
        while (texts.hasNext()) {
            Record r = texts.fetchNext();
            if (r.get(ARTICLE.ID) == article) {
                return r.get(ARTICLE.CLEAN_TEXT);
            }
        }
        throw new IllegalStateException("article " + article + " has spans but no text");
    }

    /** The attributions cursor, handed out one article at a time as the spans reach it. */
    private static final class Links {
        private final Cursor<? extends Record> cursor;
        private Record next;

        Links(Cursor<? extends Record> cursor) {
            this.cursor = cursor;
            this.next = cursor.hasNext() ? cursor.fetchNext() : null;
        }

        /** The article's attributions per annotator (the claim's), with their spans. */
        Map<String, List<LayerAttribution>> of(long article, Map<Long, LayerSpan> byId, Map<Long, String> ownerOf) {
            Map<String, List<LayerAttribution>> out = new HashMap<>();
            while (next != null && next.get(ANNOTATION.ARTICLE_ID) <= article) {
                if (next.get(ANNOTATION.ARTICLE_ID) == article) {
                    LayerSpan claim = byId.get(next.get(ATTRIBUTION.CLAIM_ANNOTATION_ID));
                    Long source = next.get(ATTRIBUTION.SOURCE_ANNOTATION_ID);
                    if (claim != null) {
                        out.computeIfAbsent(ownerOf.get(next.get(ATTRIBUTION.CLAIM_ANNOTATION_ID)), k -> new ArrayList<>())
                                .add(new LayerAttribution(claim, source == null ? null : byId.get(source)));
                    }
                }
                next = cursor.hasNext() ? cursor.fetchNext() : null;
            }
            return out;
        }
    }

    /**
     * Articles of a pair whose spans α sees: DKPro's expected disagreement for unitizing grows with the square of the
     * units, so α is estimated on the pair's first articles (by id) beyond this many (docs/agreement.md).
     */
    static final int ALPHA_ARTICLES = 200;

    /** What two annotators' layers of one label add up to over their shared articles. */
    static final class Pair {
        final AgreementCounts counts = new AgreementCounts();
        /** For α: the continuum the units lie on, up to {@link #ALPHA_ARTICLES} articles. */
        long alphaContinuum;
        int alphaArticles;
        final List<long[]> units = new ArrayList<>(); // {offset, length, rater}
        final long[] tokens = new long[4]; // both, only A, only B, neither
        /** For a pair's "(all labels)" entry: the code points and word tokens of every article both annotated. */
        long continuum;
        long allTokens;
    }

    /** One annotator's spans of one label in an article, and which of its word tokens they touch. */
    private record LabelLayer(List<LayerSpan> spans, BitSet tokens) {
        static final LabelLayer NONE = new LabelLayer(List.of(), new BitSet());

        /** The layer split by label (in its order), each with its tokens: once per article, not once per pair. */
        static Map<String, LabelLayer> byLabel(List<LayerSpan> layer, List<int[]> tokens) {
            Map<String, List<LayerSpan>> spans = new HashMap<>();
            layer.forEach(s -> spans.computeIfAbsent(s.label(), k -> new ArrayList<>()).add(s));
            Map<String, LabelLayer> out = new HashMap<>();
            spans.forEach((label, list) -> {
                BitSet cover = new BitSet();
                list.forEach(s -> cover.set(s.start(), s.end()));
                BitSet touched = new BitSet(tokens.size());
                for (int t = 0; t < tokens.size(); t++) {
                    int in = cover.nextSetBit(tokens.get(t)[0]);
                    if (in >= 0 && in < tokens.get(t)[1]) {
                        touched.set(t);
                    }
                }
                out.put(label, new LabelLayer(list, touched));
            });
            return out;
        }
    }

    private void article(String text, Map<String, List<LayerSpan>> layers, Map<String, List<LayerAttribution>> links,
            Filter filter, Map<String, Map<String, Pair>> byLabel, Map<String, Pair> attributions) {
        List<String> annotators = new ArrayList<>(layers.keySet());
        if (annotators.size() < 2) {
            return;
        }
        int length = text.codePointCount(0, text.length());
        List<int[]> tokens = tokens(text);
        Map<String, Map<String, LabelLayer>> split = new HashMap<>();
        Set<String> labels = new TreeSet<>();
        for (String annotator : annotators) {
            split.put(annotator, LabelLayer.byLabel(layers.get(annotator), tokens));
            labels.addAll(split.get(annotator).keySet());
        }
        for (int i = 0; i < annotators.size(); i++) {
            for (int j = i + 1; j < annotators.size(); j++) {
                String a = annotators.get(i);
                String b = annotators.get(j);
                String key = a + "\t" + b;
                Pair all = byLabel.computeIfAbsent(AgreementRow.ALL_LABELS, k -> new TreeMap<>())
                        .computeIfAbsent(key, k -> new Pair());
                boolean forAlpha = all.alphaArticles < ALPHA_ARTICLES;
                for (String label : labels) {
                    Pair p = byLabel.computeIfAbsent(label, k -> new TreeMap<>()).computeIfAbsent(key, k -> new Pair());
                    // spans match only within a label: the pair's whole-layer figures are the labels' sums
                    long[] matched = add(p, split.get(a).getOrDefault(label, LabelLayer.NONE),
                            split.get(b).getOrDefault(label, LabelLayer.NONE), forAlpha ? all.alphaContinuum : -1,
                            tokens.size());
                    all.counts.exact += matched[0];
                    all.counts.overlap += matched[1];
                }
                all.continuum += length;
                if (forAlpha) {
                    all.alphaContinuum += length;
                    all.alphaArticles++;
                }
                all.allTokens += tokens.size();
                all.counts.articles++;
                all.counts.spansA += layers.get(a).size();
                all.counts.spansB += layers.get(b).size();
                List<LayerAttribution> la = links.getOrDefault(a, List.of());
                List<LayerAttribution> lb = links.getOrDefault(b, List.of());
                Pair at = attributions.computeIfAbsent(key, k -> new Pair());
                at.counts.articles++;
                at.counts.spansA += la.size();
                at.counts.spansB += lb.size();
                at.counts.exact += SpanMatching.common(la, lb);
            }
        }
    }

    /**
     * One article's spans of one label of a pair; {@code base} is where the article starts on the pair's continuum
     * for α, or -1 once α has its articles. Returns the exact and the overlap matches.
     */
    private static long[] add(Pair p, LabelLayer a, LabelLayer b, long base, int tokenCount) {
        long exact = SpanMatching.common(a.spans(), b.spans());
        long overlap = SpanMatching.overlapping(a.spans(), b.spans());
        p.counts.articles++;
        p.counts.spansA += a.spans().size();
        p.counts.spansB += b.spans().size();
        p.counts.exact += exact;
        p.counts.overlap += overlap;
        if (base >= 0) {
            for (LayerSpan s : a.spans()) {
                p.units.add(new long[] {base + s.start(), s.end() - s.start(), 0});
            }
            for (LayerSpan s : b.spans()) {
                p.units.add(new long[] {base + s.start(), s.end() - s.start(), 1});
            }
        }
        BitSet both = (BitSet) a.tokens().clone();
        both.and(b.tokens());
        int inBoth = both.cardinality();
        int onlyA = a.tokens().cardinality() - inBoth;
        int onlyB = b.tokens().cardinality() - inBoth;
        p.tokens[0] += inBoth;
        p.tokens[1] += onlyA;
        p.tokens[2] += onlyB;
        p.tokens[3] += tokenCount - inBoth - onlyA - onlyB;
        return new long[] {exact, overlap};
    }

    /** Word tokens (runs of letters and digits) as code-point ranges. */
    static List<int[]> tokens(String text) {
        List<int[]> out = new ArrayList<>();
        int[] cps = text.codePoints().toArray();
        int start = -1;
        for (int i = 0; i <= cps.length; i++) {
            boolean word = i < cps.length && Character.isLetterOrDigit(cps[i]);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(new int[] {start, i});
                start = -1;
            }
        }
        return out;
    }

    private static List<AgreementRow> rows(Map<String, Map<String, Pair>> byLabel, Map<String, Pair> attributions) {
        List<AgreementRow> out = new ArrayList<>();
        List<String> labels = new ArrayList<>(byLabel.keySet());
        labels.remove(AgreementRow.ALL_LABELS);
        if (byLabel.containsKey(AgreementRow.ALL_LABELS)) {
            labels.add(AgreementRow.ALL_LABELS);
        }
        Map<String, Pair> whole = byLabel.getOrDefault(AgreementRow.ALL_LABELS, Map.of());
        for (String label : labels) {
            out.addAll(rows(label, byLabel.get(label), !label.equals(AgreementRow.ALL_LABELS), whole));
        }
        if (!attributions.isEmpty()) {
            out.addAll(rows(AgreementRow.ATTRIBUTION, attributions, false, whole));
        }
        return out;
    }

    /**
     * The rows of one label. α and κ see every article the pair both annotated: articles where neither used the label
     * are stretches (and tokens) both left out of it.
     */
    private static List<AgreementRow> rows(String label, Map<String, Pair> pairs, boolean unitized, Map<String, Pair> whole) {
        List<AgreementRow> each = new ArrayList<>();
        AgreementCounts pooled = new AgreementCounts();
        List<Double> alphas = new ArrayList<>();
        List<Double> kappas = new ArrayList<>();
        long[] tokens = new long[4];
        for (Map.Entry<String, Pair> e : pairs.entrySet()) {
            String[] ab = e.getKey().split("\t");
            Pair p = e.getValue();
            Pair pair = whole.get(e.getKey());
            if (unitized && pair != null) {
                long counted = p.tokens[0] + p.tokens[1] + p.tokens[2] + p.tokens[3];
                p.tokens[3] += Math.max(0, pair.allTokens - counted);
            }
            Double alpha = unitized && pair != null ? alpha(p, label, pair.alphaContinuum) : null;
            Double[] kp = unitized ? kappa(p.tokens) : new Double[] {null, null};
            if (alpha != null && !alpha.isNaN()) {
                alphas.add(alpha);
            }
            if (kp[0] != null && !kp[0].isNaN()) {
                kappas.add(kp[0]);
            }
            for (int k = 0; k < 4; k++) {
                tokens[k] += p.tokens[k];
            }
            pooled.articles += p.counts.articles;
            pooled.spansA += p.counts.spansA;
            pooled.spansB += p.counts.spansB;
            pooled.exact += p.counts.exact;
            pooled.overlap += p.counts.overlap;
            boolean attribution = label.equals(AgreementRow.ATTRIBUTION);
            each.add(new AgreementRow(label, ab[0], ab[1], p.counts.articles, p.counts.spansA, p.counts.spansB,
                    p.counts.exact, p.counts.exactF1(), attribution ? 0 : p.counts.overlap,
                    attribution ? Double.NaN : p.counts.overlapF1(), alpha, kp[0], kp[1]));
        }
        List<AgreementRow> out = new ArrayList<>();
        boolean attribution = label.equals(AgreementRow.ATTRIBUTION);
        out.add(new AgreementRow(label, AgreementRow.EVERY_PAIR, AgreementRow.EVERY_PAIR, pooled.articles,
                pooled.spansA, pooled.spansB, pooled.exact, pooled.exactF1(), attribution ? 0 : pooled.overlap,
                attribution ? Double.NaN : pooled.overlapF1(),
                alphas.isEmpty() ? null : alphas.stream().mapToDouble(Double::doubleValue).average().orElseThrow(),
                kappas.isEmpty() ? null : kappas.stream().mapToDouble(Double::doubleValue).average().orElseThrow(),
                unitized ? kappa(tokens)[1] : null));
        out.addAll(each);
        return out;
    }

    /** Krippendorff's α for unitizing of the label over the pair's continuum; null when neither marked anything. */
    private static Double alpha(Pair p, String label, long continuum) {
        if (p.units.isEmpty() || continuum == 0) {
            return null;
        }
        UnitizingAnnotationStudy study = new UnitizingAnnotationStudy(2, 0, continuum);
        for (long[] u : p.units) {
            study.addUnit(u[0], u[1], (int) u[2], label);
        }
        try {
            return new KrippendorffAlphaUnitizingAgreement(study).calculateCategoryAgreement(label);
        } catch (IllegalArgumentException | ArithmeticException undefined) {
            return null;
        }
    }

    /**
     * Cohen's κ and percent agreement of "inside a span of the label" over word tokens, from the 2×2 table of the
     * two annotators' decisions (the figures DKPro's CohenKappaAgreement gives for the same items, without building
     * an item per token: {@code AgreementServiceTest} compares them); nulls without tokens.
     */
    static Double[] kappa(long[] t) {
        double n = t[0] + t[1] + t[2] + t[3];
        if (n == 0) {
            return new Double[] {null, null};
        }
        double observed = (t[0] + t[3]) / n;
        if (t[0] + t[1] + t[2] == 0 || t[1] + t[2] + t[3] == 0) {
            // one category only (every token out, or every token in): κ is undefined, agreement is complete
            return new Double[] {null, observed};
        }
        double aIn = (t[0] + t[1]) / n;
        double bIn = (t[0] + t[2]) / n;
        double expected = aIn * bIn + (1 - aIn) * (1 - bIn);
        return new Double[] {expected == 1 ? null : (observed - expected) / (1 - expected), observed};
    }
}
