package org.corpusdesk.ingest;

/**
 * Running totals of one import. Every record read ({@code recordsIn}: an article of a file, a line or row
 * that could not be read, a whole file rejected) ends as imported, a duplicate or a rejection ({@code problems});
 * warnings concern imported records and count apart.
 */
public record ImportCounts(int files, int recordsIn, int imported, int duplicates, int problems, int warnings,
        long bytes) {

    /** Totals of an import that reads no records one by one (an annotated dataset): records in as accounted. */
    public static ImportCounts of(int imported, int duplicates, int problems) {
        return new ImportCounts(0, imported + duplicates + problems, imported, duplicates, problems, 0, 0);
    }

    public int accounted() {
        return imported + duplicates + problems;
    }

    /** "N records in = I imported + D duplicates + R rejected", and what is unaccounted for if anything is. */
    public String accounting() {
        String line = String.format(java.util.Locale.ROOT, "%,d records in = %,d imported + %,d duplicates + %,d rejected",
                recordsIn, imported, duplicates, problems);
        return recordsIn == accounted() ? line
                : line + String.format(java.util.Locale.ROOT, " (%,d unaccounted for: please report this)",
                        recordsIn - accounted());
    }
}
