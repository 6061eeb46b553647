package org.corpusdesk.ingest.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import org.corpusdesk.annotation.Spans;
import org.junit.jupiter.api.Test;

/** Offsets of a raw text moved onto its cleaned version: unchanged text follows, removed text has no place. */
class OffsetMapTest {

    @Test
    void spansInUnchangedTextFollowAndSpansInRemovedTextHaveNoPlace() {
        String raw = "Headline 🙂 here\n\nBody with Featured image via X and the 🙂 minister said.";
        String clean = "Body with and the 🙂 minister said.";
        OffsetMap map = OffsetMap.between(raw, clean);
        int start = raw.codePointCount(0, raw.indexOf("the 🙂 minister"));
        int end = start + "the 🙂 minister".codePointCount(0, "the 🙂 minister".length());
        assertThat(Spans.slice(clean, map.start(start), map.end(end))).isEqualTo("the 🙂 minister");
        int credit = raw.codePointCount(0, raw.indexOf("image"));
        assertThat(map.start(credit)).isEqualTo(OffsetMap.UNMAPPED);
        assertThat(map.start(0)).isZero();
    }

    @Test
    void atAnInsertionAStartMovesPastItAndAnEndStaysBefore() {
        OffsetMap map = OffsetMap.between("ab", "aXb");
        assertThat(map.start(1)).isEqualTo(2);
        assertThat(map.end(1)).isEqualTo(1);
        assertThat(map.end(2)).isEqualTo(3);
    }

    @Test
    void identicalTextsMapOneToOne() {
        OffsetMap map = OffsetMap.between("same 🙂 text", "same 🙂 text");
        for (int i = 0; i <= 11; i++) {
            assertThat(map.start(i)).isEqualTo(i);
            assertThat(map.end(i)).isEqualTo(i);
        }
    }
}
