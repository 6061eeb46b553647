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

    /**
     * A new, empty file in {@code dir} for an uploaded file named {@code originalName}: the name made safe (letters,
     * digits, {@code . _ -}; no folders), and, when that is taken (two uploads of one name, or names that become one
     * when made safe, such as "a b.txt" and "a_b.txt"), a number before the extension: nothing is overwritten.
     */
    public static Path reserve(Path dir, String originalName) throws IOException {
        String name = originalName.replace('\\', '/');
        String base = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N}._-]", "_");
        if (base.isEmpty() || base.equals(".") || base.equals("..")) {
            base = "upload";
        }
        int dot = base.lastIndexOf('.');
        String stem = dot > 0 ? base.substring(0, dot) : base;
        String extension = dot > 0 ? base.substring(dot) : "";
        for (int n = 1; ; n++) {
            Path candidate = dir.resolve(n == 1 ? base : stem + "-" + n + extension);
            try {
                return Files.createFile(candidate);
            } catch (java.nio.file.FileAlreadyExistsException taken) {
                // try the next number
            }
        }
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
