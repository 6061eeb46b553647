package org.corpusdesk.export;

import java.util.List;

/** Train/validation/test proportions, written "80/10/10" (any positive integers; they need not sum to 100). */
public record SplitRatios(int train, int validation, int test) {

    public static final List<String> NAMES = List.of("train", "validation", "test");

    public SplitRatios {
        if (train < 0 || validation < 0 || test < 0 || train + validation + test == 0) {
            throw new IllegalArgumentException("split ratios must be non-negative and not all zero");
        }
    }

    public static SplitRatios parse(String text) {
        String[] parts = text.strip().split("/");
        if (parts.length != 3) {
            throw new IllegalArgumentException("split must be TRAIN/VALIDATION/TEST, e.g. 80/10/10, not '" + text + "'");
        }
        try {
            return new SplitRatios(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()),
                    Integer.parseInt(parts[2].strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("split must be three whole numbers, e.g. 80/10/10, not '" + text + "'");
        }
    }

    double share(int split) {
        double total = train + validation + test;
        return (split == 0 ? train : split == 1 ? validation : test) / total;
    }

    @Override
    public String toString() {
        return train + "/" + validation + "/" + test;
    }
}
