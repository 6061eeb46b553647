package org.corpusdesk.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * manifest.json: what produced the export and, for every data file, its SHA-256 and row count. The manifest and
 * the card carry the export's id and time; the data files carry neither, so equal data gives equal files.
 */
public final class ExportManifest {

    public static final String FILE = "manifest.json";
    public static final int FORMAT_VERSION = 1;
    static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ExportManifest() {
    }

    static String toolVersion() {
        String v = ExportManifest.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    /** Writes the manifest; returns its SHA-256. */
    static String write(Path dir, String exportKey, OffsetDateTime at, ExportRequest request, ExportStats stats,
            List<DataFiles.Summary> files) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format_version", FORMAT_VERSION);
        m.put("tool", "corpus-desk");
        m.put("tool_version", toolVersion());
        m.put("export_id", exportKey);
        m.put("exported_at", at.toString());
        m.put("format", request.format());
        m.put("parameters", request.parameters());
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("articles", stats.articles());
        counts.put("spans", stats.spans());
        counts.put("relations", stats.relations());
        counts.put("articles_per_split", stats.perSplit());
        m.put("counts", counts);
        m.put("files", files.stream().map(f -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("path", f.path());
            e.put("rows", f.rows());
            e.put("bytes", f.bytes());
            e.put("sha256", f.sha256());
            return e;
        }).toList());
        byte[] bytes = JSON.writeValueAsBytes(m);
        Files.write(dir.resolve(FILE), bytes);
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Re-reads every data file a manifest lists and returns the files whose checksum or size no longer match. */
    public static List<String> verify(Path dir) throws IOException {
        var root = JSON.readTree(dir.resolve(FILE).toFile());
        List<String> bad = new java.util.ArrayList<>();
        for (var f : root.get("files")) {
            Path file = dir.resolve(f.get("path").asString());
            if (!Files.isRegularFile(file)) {
                bad.add(f.get("path").asString() + ": missing");
                continue;
            }
            String sha = sha256(file);
            if (!sha.equals(f.get("sha256").asString()) || Files.size(file) != f.get("bytes").asLong()) {
                bad.add(f.get("path").asString() + ": checksum differs");
            }
        }
        return bad;
    }

    static String sha256(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                d.update(buf, 0, n);
            }
            return java.util.HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
