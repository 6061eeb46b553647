package org.corpusdesk.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unpacks an uploaded zip of articles into a folder for the importer. Entries that would land outside the
 * folder (zip slip) are refused, and the unpacked total is capped so a zip bomb cannot fill the disk.
 */
public final class UploadedArchive {

    private UploadedArchive() {
    }

    /** Unpacks {@code zip} into {@code dir}; returns the number of files written. */
    public static int extract(Path zip, Path dir, long maxTotalBytes) throws IOException {
        Path root = dir.toAbsolutePath().normalize();
        long total = 0;
        int files = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                Path target = root.resolve(entry.getName()).normalize();
                if (!target.startsWith(root)) {
                    throw new IOException("zip entry '" + entry.getName() + "' points outside the upload");
                }
                Files.createDirectories(target.getParent());
                total += Files.copy(limited(in, maxTotalBytes - total), target, StandardCopyOption.REPLACE_EXISTING);
                if (total >= maxTotalBytes) {
                    throw new IOException(String.format(java.util.Locale.ROOT,
                            "the zip unpacks to more than %.0f MB", maxTotalBytes / 1e6));
                }
                files++;
            }
        }
        return files;
    }

    private static InputStream limited(InputStream in, long remaining) {
        return new InputStream() {
            long left = remaining;

            @Override
            public int read() throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int b = in.read();
                if (b >= 0) {
                    left--;
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int n = in.read(buffer, offset, (int) Math.min(length, left));
                if (n > 0) {
                    left -= n;
                }
                return n;
            }
        };
    }
}
