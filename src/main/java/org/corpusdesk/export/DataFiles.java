package org.corpusdesk.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** The data files of one export: each hashed (SHA-256) and row-counted while it is written, for the manifest. */
public final class DataFiles implements AutoCloseable {

    /** A data file as the manifest lists it. */
    public record Summary(String path, long rows, long bytes, String sha256) {
    }

    private final Path dir;
    private final List<DataFile> open = new ArrayList<>();
    private final List<Summary> written = new ArrayList<>();

    public DataFiles(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** Creates a data file at a path relative to the export folder (folders created as needed). */
    public DataFile create(String relative) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        DataFile f = new DataFile(relative, Files.newOutputStream(file));
        open.add(f);
        return f;
    }

    public List<Summary> summaries() {
        return written.stream().sorted(java.util.Comparator.comparing(Summary::path)).toList();
    }

    @Override
    public void close() throws IOException {
        for (DataFile f : List.copyOf(open)) {
            f.close();
        }
    }

    /** One file: write through {@link #writer()} (UTF-8) or {@link #stream()}, count rows with {@link #row()}. */
    public final class DataFile implements AutoCloseable {
        private final String path;
        private final MessageDigest digest;
        private final CountingStream counting;
        private final OutputStream stream;
        private Writer writer;
        private long rows;
        private boolean closed;

        private DataFile(String path, OutputStream out) {
            this.path = path;
            try {
                this.digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            this.counting = new CountingStream(new DigestOutputStream(out, digest));
            this.stream = new BufferedOutputStream(counting, 1 << 16);
        }

        public Writer writer() {
            if (writer == null) {
                writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            }
            return writer;
        }

        public OutputStream stream() {
            return stream;
        }

        public void row() {
            rows++;
        }

        public void rows(long n) {
            rows += n;
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            if (writer != null) {
                writer.close();
            } else {
                stream.close();
            }
            open.remove(this);
            written.add(new Summary(path, rows, counting.count, HexFormat.of().formatHex(digest.digest())));
        }
    }

    private static final class CountingStream extends java.io.FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
