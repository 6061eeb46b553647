package org.corpusdesk.export;

import java.nio.file.Path;
import java.util.List;

/** What an export produced. */
public record ExportResult(long exportId, String exportKey, Path outDir, ExportStats stats,
        List<DataFiles.Summary> files, double seconds) {

    public long dataBytes() {
        return files.stream().mapToLong(DataFiles.Summary::bytes).sum();
    }
}
