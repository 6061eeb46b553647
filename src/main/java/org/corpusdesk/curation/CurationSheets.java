package org.corpusdesk.curation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corpusdesk.curation.CurationSheet.AttributionVariant;
import org.corpusdesk.curation.CurationSheet.Unit;
import org.corpusdesk.curation.CurationSheet.Variant;

/** Builds a curation sheet from an article's spans and attributions (no database: testable on its own). */
final class CurationSheets {

    /** A span as read: {@code gold} when it is the gold layer's. */
    record SpanIn(long id, String annotator, boolean gold, long labelId, String label, String colour, int start, int end,
            String text, String fragments) {

        String key() {
            return labelId + ":" + start + ":" + end + (fragments == null ? "" : ":" + fragments);
        }
    }

    /** An attribution as read: claim and source span ids (source may be null). */
    record AttributionIn(long id, long claim, Long source) {
    }

    private CurationSheets() {
    }

    static CurationSheet build(long articleId, String title, String text, String status, List<SpanIn> spans,
            List<AttributionIn> attributions) {
        List<String> layers = spans.stream().filter(s -> !s.gold()).map(SpanIn::annotator).distinct().sorted().toList();
        Map<String, List<SpanIn>> byKey = new LinkedHashMap<>();
        spans.stream().sorted(Comparator.comparingInt(SpanIn::start).thenComparing(Comparator.comparingInt(SpanIn::end)
                        .reversed()).thenComparingLong(SpanIn::labelId).thenComparing(SpanIn::annotator))
                .forEach(s -> byKey.computeIfAbsent(s.key(), k -> new ArrayList<>()).add(s));
        // a unit is the overlapping spans of one label: a Source inside a Content span is a unit of its own
        List<List<Variant>> groups = new ArrayList<>();
        Map<Long, Integer> openGroup = new HashMap<>(); // label -> index in groups of its last unit
        Map<Long, Integer> openEnd = new HashMap<>();
        Map<Long, String> keyOfSpan = new HashMap<>();
        Map<String, String> textOfKey = new HashMap<>();
        for (var e : byKey.entrySet()) {
            List<SpanIn> same = e.getValue();
            SpanIn first = same.getFirst();
            same.forEach(s -> keyOfSpan.put(s.id(), e.getKey()));
            textOfKey.put(e.getKey(), first.text());
            List<String> annotators = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            Long gold = null;
            for (SpanIn s : same) {
                if (s.gold()) {
                    gold = gold == null ? s.id() : gold;
                } else if (!annotators.contains(s.annotator())) {
                    annotators.add(s.annotator());
                    ids.add(s.id());
                }
            }
            Integer group = openGroup.get(first.labelId());
            if (group == null || first.start() >= openEnd.get(first.labelId())) {
                group = groups.size();
                groups.add(new ArrayList<>());
                openGroup.put(first.labelId(), group);
                openEnd.put(first.labelId(), first.end());
            }
            openEnd.merge(first.labelId(), first.end(), Math::max);
            groups.get(group).add(new Variant(e.getKey(), group, first.labelId(), first.label(), first.colour(),
                    first.start(), first.end(), first.text(), List.copyOf(annotators), List.copyOf(ids), gold,
                    !layers.isEmpty() && annotators.size() == layers.size()));
        }
        List<Unit> units = new ArrayList<>(); // a group's index is its unit's: groups begin in order of their start
        for (List<Variant> g : groups) {
            units.add(new Unit(units.size(), g.getFirst().start(), g.stream().mapToInt(Variant::end).max().orElseThrow(),
                    List.copyOf(g)));
        }
        Map<Long, SpanIn> spanById = new HashMap<>();
        spans.forEach(s -> spanById.put(s.id(), s));
        Map<String, List<AttributionIn>> editorPairs = new LinkedHashMap<>();
        Map<String, Long> goldPairs = new HashMap<>();
        for (AttributionIn a : attributions) {
            SpanIn claim = spanById.get(a.claim());
            if (claim == null) {
                continue;
            }
            String pair = keyOfSpan.get(a.claim()) + ">" + (a.source() == null ? "" : keyOfSpan.get(a.source()));
            if (claim.gold()) {
                goldPairs.putIfAbsent(pair, a.id());
            } else {
                editorPairs.computeIfAbsent(pair, k -> new ArrayList<>()).add(a);
            }
        }
        List<AttributionVariant> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (var e : editorPairs.entrySet()) {
            List<String> who = e.getValue().stream().map(a -> spanById.get(a.claim()).annotator()).distinct().sorted().toList();
            out.add(attribution(e.getKey(), textOfKey, who, e.getValue().stream().map(AttributionIn::id).toList(),
                    goldPairs.get(e.getKey()), !layers.isEmpty() && who.size() == layers.size()));
            seen.add(e.getKey());
        }
        goldPairs.forEach((pair, id) -> {
            if (!seen.contains(pair)) {
                out.add(attribution(pair, textOfKey, List.of(), List.of(), id, false));
            }
        });
        return new CurationSheet(articleId, title, text, status, layers, List.copyOf(units), List.copyOf(out),
                (int) spans.stream().filter(SpanIn::gold).count());
    }

    private static AttributionVariant attribution(String pair, Map<String, String> textOfKey, List<String> who,
            List<Long> ids, Long gold, boolean agreed) {
        int gt = pair.indexOf('>');
        String claim = pair.substring(0, gt);
        String source = pair.substring(gt + 1);
        return new AttributionVariant(claim, textOfKey.get(claim), source.isEmpty() ? null : source,
                source.isEmpty() ? null : textOfKey.get(source), who, ids, gold, agreed);
    }
}
