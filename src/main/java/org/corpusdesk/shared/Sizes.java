package org.corpusdesk.shared;

import java.util.Locale;
import org.springframework.util.unit.DataSize;

/**
 * Sizes as settings, options and messages write them, in one convention: Spring's {@link DataSize}, where
 * {@code 1KB} is 1,024 bytes and {@code 20MB} is 20,971,520, so that an option, its default and the message
 * that quotes it agree.
 */
public final class Sizes {

    private static final String[] UNITS = {"KB", "MB", "GB", "TB"};

    private Sizes() {
    }

    /** {@code 20MB}, {@code 512kb}, {@code 1GB}, {@code 100} (bytes); an IllegalArgumentException saying how to write one. */
    public static long parse(String text) {
        try {
            return DataSize.parse(text.strip().replace(" ", "").toUpperCase(Locale.ROOT)).toBytes();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid size '" + text + "': use a whole number with B, KB, MB or GB, e.g. 20MB");
        }
    }

    /** As people read it: {@code 20 MB}, {@code 1.5 GB}; exact bytes below 10 KB ({@code 2,000 bytes}). */
    public static String format(long bytes) {
        if (bytes < 10 * 1024) {
            return String.format(Locale.ROOT, "%,d %s", bytes, bytes == 1 ? "byte" : "bytes");
        }
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        String number = value == Math.rint(value)
                ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.1f", value);
        return number + " " + UNITS[unit];
    }
}
