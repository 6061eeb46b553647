package org.corpusdesk.ingest.dataset;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.Arrays;
import java.util.List;

/**
 * Maps code-point offsets of one text onto another that differs from it by edits (cleaning removed a title line,
 * decoded an entity, dropped a caption), through a Myers diff of the two: a position in unchanged text moves with
 * it; a position inside removed or replaced text has no place ({@link #UNMAPPED}).
 */
final class OffsetMap {

    static final int UNMAPPED = -1;

    /** For each position 0..n of the source (n: after its last code point), its target position as a span start. */
    private final int[] starts;
    /** The same as a span end: at an insertion, an end stays before the inserted text and a start moves past it. */
    private final int[] ends;

    private OffsetMap(int[] starts, int[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    static OffsetMap between(String from, String to) {
        List<Integer> a = from.codePoints().boxed().toList();
        List<Integer> b = to.codePoints().boxed().toList();
        Patch<Integer> patch = DiffUtils.diff(a, b);
        int[] starts = new int[a.size() + 1];
        int[] ends = new int[a.size() + 1];
        Arrays.fill(starts, UNMAPPED);
        Arrays.fill(ends, UNMAPPED);
        int src = 0;
        int tgt = 0;
        for (AbstractDelta<Integer> delta : patch.getDeltas()) {
            int s = delta.getSource().getPosition();
            for (; src < s; src++, tgt++) {
                starts[src] = tgt;
                ends[src] = tgt;
            }
            int before = delta.getTarget().getPosition();
            int after = before + delta.getTarget().size();
            int srcEnd = s + delta.getSource().size();
            ends[s] = before;
            starts[s] = srcEnd == s ? after : before;
            if (srcEnd > s) {
                // positions strictly inside the removed or replaced run stay unmapped
                starts[srcEnd] = after;
                ends[srcEnd] = after;
            }
            // after an insertion position s is done (its end before, its start after the inserted text)
            src = srcEnd == s ? s + 1 : srcEnd;
            tgt = srcEnd == s ? after + 1 : after;
        }
        for (; src < starts.length; src++, tgt++) {
            starts[src] = tgt;
            ends[src] = tgt;
        }
        return new OffsetMap(starts, ends);
    }

    /** Where a span starting at source position {@code cp} starts in the target, or {@link #UNMAPPED}. */
    int start(int cp) {
        return cp < 0 || cp >= starts.length ? UNMAPPED : starts[cp];
    }

    /** Where a span ending at source position {@code cp} ends in the target, or {@link #UNMAPPED}. */
    int end(int cp) {
        return cp < 0 || cp >= ends.length ? UNMAPPED : ends[cp];
    }
}
