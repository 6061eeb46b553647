package org.corpusdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadedArchiveTest {

    @TempDir
    Path dir;

    Path zip(String... namesAndTexts) throws IOException {
        Path zip = dir.resolve("upload.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                z.putNextEntry(new ZipEntry(namesAndTexts[i]));
                z.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return zip;
    }

    @Test
    void unpacksNestedFolders() throws IOException {
        int files = UploadedArchive.extract(zip("a.txt", "Headline\n\nBody.", "day2/b.jsonl", "{\"text\": \"x\"}"),
                dir.resolve("out"), 1_000_000);
        assertThat(files).isEqualTo(2);
        assertThat(Files.readString(dir.resolve("out/day2/b.jsonl"))).isEqualTo("{\"text\": \"x\"}");
    }

    @Test
    void refusesEntriesOutsideTheFolderAndZipBombs() throws IOException {
        assertThatThrownBy(() -> UploadedArchive.extract(zip("../../evil.txt", "x"), dir.resolve("out"), 1_000_000))
                .hasMessageContaining("points outside the upload");
        assertThat(dir.getParent().resolve("evil.txt")).doesNotExist();
        assertThatThrownBy(() -> UploadedArchive.extract(zip("big.txt", "y".repeat(5_000)), dir.resolve("out2"), 1_000))
                .hasMessageContaining("unpacks to more than");
    }

    /** Names that become one when made safe, and the same name twice: every upload keeps its own file. */
    @Test
    void uploadsWhoseNamesCollideAreAllKept() throws Exception {
        Path uploads = Files.createDirectories(dir.resolve("uploads"));
        Path first = UploadedArchive.reserve(uploads, "a b.txt");
        Path second = UploadedArchive.reserve(uploads, "a_b.txt");
        Path third = UploadedArchive.reserve(uploads, "a b.txt");
        assertThat(List.of(first, second, third)).extracting(p -> p.getFileName().toString())
                .containsExactly("a_b.txt", "a_b-2.txt", "a_b-3.txt");
        assertThat(UploadedArchive.reserve(uploads, "..\\..\\evil/../passwd").getParent()).isEqualTo(uploads);
        assertThat(UploadedArchive.reserve(uploads, "").getFileName().toString()).isEqualTo("upload");
        assertThat(UploadedArchive.reserve(uploads, "..").getFileName().toString()).isEqualTo("upload-2");
    }
}
