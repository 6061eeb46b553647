package org.corpusdesk.ingest.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.corpusdesk.ingest.ImportCounts;
import org.corpusdesk.ingest.ImportHistoryService;
import org.corpusdesk.ingest.ImportListener;
import org.corpusdesk.ingest.ImportOptions;
import org.corpusdesk.ingest.ImportNote;
import org.corpusdesk.ingest.ImportReport;
import org.corpusdesk.ingest.ImportService;
import org.corpusdesk.ingest.UploadedArchive;
import org.corpusdesk.ingest.dataset.AnnotatedImports;
import org.corpusdesk.ingest.dataset.DatasetImportReport;
import org.corpusdesk.ingest.format.FieldMapping;
import org.corpusdesk.user.Actor;
import org.corpusdesk.user.CurrentUser;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.core.task.TaskExecutor;

/**
 * Import from the browser: upload files or a zip, run the import service in the background with progress,
 * then show what was imported, skipped and rejected (file, line, reason). Past imports are listed below.
 */
@Route("import")
@PageTitle("Import · Corpus Desk")
@RolesAllowed("CURATOR")
public class ImportView extends VerticalLayout {

    /** The application\'s shared executor: a view never starts threads of its own. */
    private final TaskExecutor background;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final long MAX_UNPACKED = 500_000_000L;

    private final ImportService importer;
    private final ImportHistoryService history;
    private final Long userId;
    private final Actor actor;
    private final AnnotatedImports annotated;
    private final Path folder;
    private final List<String> received = new ArrayList<>();
    final Upload upload;
    final Button start = new Button("Import uploaded files");
    final ProgressBar progress = new ProgressBar();
    final Paragraph status = new Paragraph();
    final Grid<ImportNote> problems = new Grid<>();
    final TextField mapping = new TextField("Column mapping (optional)");
    final Grid<ImportHistoryService.PastImport> past = new Grid<>();

    public ImportView(ImportService importer, ImportHistoryService history, AnnotatedImports annotated,
            CurrentUser currentUser,
            @Qualifier(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME) TaskExecutor background) {
        this.background = background;
        this.importer = importer;
        this.history = history;
        this.annotated = annotated;
        this.actor = currentUser.actor();
        this.userId = actor.id();
        try {
            folder = Files.createTempDirectory("corpus-desk-upload");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // received holds the names the files are stored under (UploadedArchive.reserve: never one over another)
        upload = new Upload(UploadHandler.toFile((meta, file) -> received.add(file.getName()), meta -> {
            try {
                return UploadedArchive.reserve(folder, meta.fileName()).toFile();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        upload.setId("import-upload");
        // the formats the import has readers for (their beans), and zips of them
        upload.setAcceptedFileTypes(java.util.stream.Stream.concat(importer.supportedExtensions().stream().sorted(),
                java.util.stream.Stream.of("zip")).map(e -> "." + e).toArray(String[]::new));
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, importer.maxFileBytes() * 10));
        mapping.setId("import-mapping");
        mapping.setPlaceholder("text=description,title=headline");
        mapping.setHelperText("Only when the columns have other names than text, body, content, article, title, "
                + "headline, …: which column gives which field (" + String.join(", ", FieldMapping.FIELDS) + ")");
        mapping.setWidthFull();
        mapping.setClearButtonVisible(true);
        mapping.addValueChangeListener(e -> checkMapping());
        start.setId("import-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> run());
        progress.setIndeterminate(true);
        progress.setVisible(false);
        status.setId("import-status");
        problems.setId("import-problems");
        problems.addColumn(n -> n.kind().name().toLowerCase(Locale.ROOT)).setHeader("Outcome").setAutoWidth(true)
                .setFlexGrow(0);
        problems.addColumn(ImportNote::file).setHeader("File").setFlexGrow(2);
        problems.addColumn(p -> p.line() == null ? "" : p.line().toString()).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(ImportNote::reason).setHeader("Reason").setFlexGrow(3);
        problems.setHeight("24em"); // scrolls, loading pages of problems as they come into view (tens of thousands)
        problems.setPageSize(100);
        problems.setVisible(false);
        past.setId("past-imports");
        past.addColumn(p -> WHEN.format(p.startedAt())).setHeader("When").setAutoWidth(true);
        past.addColumn(ImportHistoryService.PastImport::startedBy).setHeader("By");
        past.addColumn(p -> p.origin().toLowerCase(Locale.ROOT)).setHeader("From");
        past.addColumn(p -> p.status().toLowerCase(Locale.ROOT)).setHeader("Status");
        past.addColumn(ImportHistoryService.PastImport::files).setHeader("Files");
        past.addColumn(ImportHistoryService.PastImport::imported).setHeader("Imported");
        past.addColumn(ImportHistoryService.PastImport::duplicates).setHeader("Duplicates");
        past.addColumn(ImportHistoryService.PastImport::problems).setHeader("Rejected");
        past.setAllRowsVisible(true);
        past.addItemClickListener(e -> showProblems(e.getItem().id()));
        add(new H2("Import articles"),
                new Paragraph("Upload " + String.join(", ", importer.supportedExtensions().stream().sorted()
                        .map(e -> "." + e).toList()) + " files, or a .zip of them (docs/import.md lists the "
                        + "fields). Annotated data comes in with its annotations: "
                        + String.join(", ", annotated.readable().stream().map(f -> f.importedAs()).toList())
                        + " (folders zipped). The same as the command "
                        + "java -jar corpus-desk.jar import FOLDER."),
                upload, mapping, start, progress, status, problems, new H3("Past imports"), past);
        past.setItems(history.recent(50));
        addDetachListener(e -> deleteFolder());
    }

    /** The mapping typed so far, or null (with the reason shown on the field) when it does not parse. */
    private FieldMapping checkMapping() {
        try {
            FieldMapping parsed = FieldMapping.parse(mapping.getValue());
            mapping.setInvalid(false);
            return parsed;
        } catch (IllegalArgumentException e) {
            mapping.setErrorMessage(e.getMessage());
            mapping.setInvalid(true);
            return null;
        }
    }

    void run() {
        if (received.isEmpty()) {
            status.setText("Upload some files first.");
            return;
        }
        FieldMapping fields = checkMapping();
        if (fields == null) {
            status.setText("Fix the column mapping first.");
            return;
        }
        UI ui = UI.getCurrent();
        start.setEnabled(false);
        progress.setVisible(true);
        problems.setVisible(false);
        status.setText("Importing " + received.size() + " uploaded file(s)…");
        ui.setPollInterval(500);
        List<String> names = List.copyOf(received);
        received.clear();
        background.execute(() -> {
            ImportReport report = null;
            String failure = null;
            List<String> annotatedDone = new ArrayList<>();
            try {
                unpackZips(names);
                // annotated data (a brat folder, a Corpus Desk export or one of its files) goes with its annotations
                List<Path> plain = new ArrayList<>();
                try (var items = Files.list(folder)) {
                    for (Path item : items.sorted().toList()) {
                        var kind = annotated.formatOf(item);
                        if (kind.isEmpty()) {
                            plain.add(item);
                            continue;
                        }
                        DatasetImportReport r = CurrentUser.runAs(actor, () -> {
                            try {
                                return annotated.run("UPLOAD", kind.get(), item, userId);
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        });
                        annotatedDone.add("Imported " + kind.get().importedAs() + " " + item.getFileName() + ": "
                                + r.articles() + " new articles, " + r.duplicates() + " already here, " + r.spans()
                                + " spans, " + r.relations() + " relations, " + r.problems().size() + " problems.");
                    }
                }
                report = plain.isEmpty() ? null : importer.importPaths(plain, new ImportOptions("UPLOAD", userId, null, fields),
                        new ImportListener() {
                            @Override
                            public void progress(ImportCounts c) {
                                ui.access(() -> status.setText("Importing… " + c.imported() + " imported, "
                                        + c.duplicates() + " duplicates, " + c.problems() + " rejected"));
                            }
                        });
            } catch (RuntimeException | IOException e) {
                failure = e.getMessage();
            }
            ImportReport done = report;
            String error = failure;
            ui.access(() -> finish(done, error, annotatedDone));
        });
    }

    private void unpackZips(List<String> names) throws IOException {
        for (String name : names) {
            Path file = folder.resolve(name);
            if (name.toLowerCase(Locale.ROOT).endsWith(".zip") && Files.exists(file)) {
                UploadedArchive.extract(file, folder.resolve(name + ".d"), MAX_UNPACKED);
                Files.delete(file);
            }
        }
    }

    private void finish(ImportReport report, String error, List<String> annotatedDone) {
        UI.getCurrent().setPollInterval(-1);
        progress.setVisible(false);
        start.setEnabled(true);
        upload.clearFileList();
        deleteFolderContents();
        String annotatedText = String.join(" ", annotatedDone);
        if (error != null) {
            status.setText((annotatedText.isEmpty() ? "" : annotatedText + " ") + "The import failed: " + error
                    + ". Nothing of the failed batch was kept; fix the file and retry.");
        } else if (report == null) {
            status.setText(annotatedText);
            history.recent(1).stream().findFirst().ifPresent(b -> showProblems(b.id()));
        } else {
            ImportCounts c = report.counts();
            status.setText((annotatedText.isEmpty() ? "" : annotatedText + " ") + "Imported " + c.imported()
                    + " articles from " + c.files() + " files: " + c.duplicates()
                    + " skipped as duplicates, " + c.problems() + " rejected"
                    + (c.warnings() == 0 ? "" : ", " + c.warnings() + " warnings") + ". " + c.accounting() + ".");
            showProblems(report.batchId());
        }
        past.setItems(history.recent(50));
    }

    /** Every problem of the batch, read from the database a page at a time as the grid scrolls. */
    void showProblems(long batchId) {
        int count = history.noteCount(batchId);
        problems.setItems(query -> history.notes(batchId, query.getOffset(), query.getLimit()).stream(), query -> count);
        problems.setVisible(count > 0);
    }

    private void deleteFolderContents() {
        try (var walk = Files.walk(folder)) {
            walk.sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(folder)).map(Path::toFile)
                    .forEach(File::delete);
        } catch (IOException ignored) {
            // a leftover temporary file is harmless
        }
    }

    private void deleteFolder() {
        deleteFolderContents();
        folder.toFile().delete();
    }
}
