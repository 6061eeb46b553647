package org.corpusdesk.curation;

import java.util.List;

/**
 * An article as a curator sees it: its editors' layers, their spans grouped into units (spans of one label that
 * overlap), each
 * unit's variants (one per distinct label and offsets, with the editors who marked it), the attributions the same
 * way, and what the gold layer holds. {@code layers} are the editors' usernames; the gold layer is not among them.
 */
public record CurationSheet(long articleId, String title, String text, String status, List<String> layers,
        List<Unit> units, List<AttributionVariant> attributions, int goldSpans) {

    /** Overlapping spans of one label in every layer; a conflict unless it has one variant that every layer marked. */
    public record Unit(int index, int start, int end, List<Variant> variants) {

        public boolean agreed() {
            return variants.size() == 1 && variants.getFirst().agreed();
        }
    }

    /**
     * One label at one place: the editors' spans there ({@code spanIds} in the order of {@code annotators}), and
     * the gold span with the same label and offsets if gold has one. A variant only gold has (the curator tagged it
     * directly) has no annotators.
     */
    public record Variant(String key, int unit, long labelId, String label, String colour, int start, int end, String text,
            List<String> annotators, List<Long> spanIds, Long goldSpanId, boolean agreed) {

        public boolean inGold() {
            return goldSpanId != null;
        }
    }

    /** A claim's attribution to a source (null: to no source) as variant keys, with the editors who made it. */
    public record AttributionVariant(String claimKey, String claimText, String sourceKey, String sourceText,
            List<String> annotators, List<Long> attributionIds, Long goldAttributionId, boolean agreed) {

        public boolean inGold() {
            return goldAttributionId != null;
        }
    }

    public List<Variant> variants() {
        return units.stream().flatMap(u -> u.variants().stream()).toList();
    }

    public long agreedUnits() {
        return units.stream().filter(Unit::agreed).count();
    }

    public long conflictUnits() {
        return units.size() - agreedUnits();
    }
}
