package org.corpusdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LegacyRandomTest {

    @Test
    void drawsWhatJavaUtilRandomDrawsFromTheSameSeed() {
        for (long seed : new long[] {41, 0, -7, 123_456_789_012L}) {
            Random expected = new Random(seed);
            LegacyRandom actual = new LegacyRandom(seed);
            for (int i = 0; i < 20_000; i++) {
                // bounds of every kind: powers of two, odd, large enough to reject draws
                int bound = switch (i % 4) {
                    case 0 -> 1 << (i % 30);
                    case 1 -> 1 + i % 1_500;
                    case 2 -> Integer.MAX_VALUE - i;
                    default -> 3 * (i + 1);
                };
                assertThat(actual.nextInt(bound)).as("seed %d draw %d bound %d", seed, i, bound)
                        .isEqualTo(expected.nextInt(bound));
                if (i % 7 == 0) {
                    assertThat(actual.nextGaussian()).isEqualTo(expected.nextGaussian());
                }
                if (i % 11 == 0) {
                    assertThat(actual.nextDouble()).isEqualTo(expected.nextDouble());
                }
            }
        }
    }
}
