package org.corpusdesk.ingest.dataset;

/** Told as an annotated import goes: how many of its files are done, and the spans so far. */
public interface ImportProgress {
    ImportProgress NONE = (done, files, spans) -> {
    };

    void filesDone(int done, int files, int spans);
}
