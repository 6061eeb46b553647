package org.corpusdesk.export.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.corpusdesk.annotation.Label;
import org.corpusdesk.annotation.LabelSchemaService;
import org.corpusdesk.export.DatasetFormat;
import org.corpusdesk.export.ExportFolders;
import org.corpusdesk.export.ExportRecords;
import org.corpusdesk.export.ExportRequest;
import org.corpusdesk.export.ExportResult;
import org.corpusdesk.export.ExportService;
import org.corpusdesk.export.ExportStats;
import org.corpusdesk.export.ExportStatus;
import org.corpusdesk.export.SplitRatios;
import org.corpusdesk.user.Actor;
import org.corpusdesk.user.CurrentUser;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.core.task.TaskExecutor;

/**
 * Export page: choose format and selection, run the export in the background with a progress bar, then
 * download it as a zip. Past exports are listed with their downloads. The same as the {@code export} command.
 */
@Route("export")
@PageTitle("Export · Corpus Desk")
@RolesAllowed("CURATOR")
public class ExportView extends VerticalLayout {

    /** The application\'s shared executor: a view never starts threads of its own. */
    private final TaskExecutor background;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ExportService exports;
    private final ExportFolders folders;
    private final Actor actor;
    final Select<String> format = new Select<>();
    final Select<ExportStatus> status = new Select<>();
    final MultiSelectComboBox<String> labels = new MultiSelectComboBox<>("Labels (none chosen: all)");
    final Select<String> layer = new Select<>();
    final TextField annotator = new TextField("Annotator");
    final TextField split = new TextField("Split train/validation/test");
    final IntegerField seed = new IntegerField("Seed");
    final Checkbox stratify = new Checkbox("Stratify by outlet");
    final Button start = new Button("Export");
    final ProgressBar progress = new ProgressBar(0, 1);
    final Paragraph result = new Paragraph();
    final Anchor download = new Anchor();
    final Grid<ExportRecords.PastExport> past = new Grid<>();
    private com.vaadin.flow.shared.Registration polling;

    public ExportView(ExportService exports, ExportFolders folders, LabelSchemaService schema, CurrentUser currentUser,
            @Qualifier(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME) TaskExecutor background) {
        this.background = background;
        this.exports = exports;
        this.folders = folders;
        this.actor = currentUser.actor();
        format.setLabel("Format");
        format.setItems(exports.formats().stream().map(DatasetFormat::name).toList());
        format.setItemLabelGenerator(name -> name + ": " + exports.formats().stream()
                .filter(f -> f.name().equals(name)).findFirst().map(DatasetFormat::description).orElse(""));
        format.setValue("jsonl");
        format.setId("export-format");
        status.setLabel("Articles");
        status.setItems(ExportStatus.values());
        status.setItemLabelGenerator(s -> switch (s) {
            case APPROVED -> "approved";
            case DONE -> "done or approved";
            case ALL -> "all, whatever their status";
        });
        status.setValue(ExportStatus.APPROVED);
        labels.setItems(schema.labels().stream().map(Label::name).toList());
        layer.setLabel("Annotations");
        layer.setItems("every annotator", "gold (curated layer)", "one annotator");
        layer.setValue("every annotator");
        annotator.setVisible(false);
        layer.addValueChangeListener(e -> annotator.setVisible("one annotator".equals(e.getValue())));
        split.setPlaceholder("80/10/10 (empty: no split)");
        split.setId("export-split");
        seed.setValue((int) ExportRequest.DEFAULT_SEED);
        start.setId("export-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> run());
        progress.setVisible(false);
        result.setId("export-result");
        download.setId("export-download");
        download.setVisible(false);
        download.getElement().setAttribute("download", true);
        past.setId("past-exports");
        past.addColumn(p -> p.startedAt() == null ? "" : WHEN.format(p.startedAt())).setHeader("When").setAutoWidth(true);
        past.addColumn(ExportRecords.PastExport::startedBy).setHeader("By");
        past.addColumn(ExportRecords.PastExport::format).setHeader("Format");
        past.addColumn(p -> p.status().toLowerCase(Locale.ROOT)).setHeader("Status");
        past.addColumn(ExportRecords.PastExport::articles).setHeader("Articles");
        past.addColumn(ExportRecords.PastExport::spans).setHeader("Spans");
        past.addColumn(ExportRecords.PastExport::parameters).setHeader("Parameters").setFlexGrow(3);
        past.addComponentColumn(this::downloadOf).setHeader("Download");
        past.setAllRowsVisible(true);
        FormLayout form = new FormLayout(format, status, labels, layer, annotator, split, seed, stratify);
        add(new H2("Export a labeled dataset"),
                new Paragraph("Data files, a dataset card (README.md) and manifest.json with checksums, as a zip. "
                        + "The same as java -jar corpus-desk.jar export (docs/dataset-format.md)."),
                form, start, progress, result, download, new H3("Past exports"), past);
        past.setItems(exports.recent(50));
    }

    private Anchor downloadOf(ExportRecords.PastExport p) {
        Path dir = Path.of(p.outDir());
        if (!"COMPLETED".equals(p.status()) || !dir.startsWith(folders.root()) || !Files.isDirectory(dir)) {
            return new Anchor();
        }
        Anchor a = new Anchor(zipOf(dir), "zip");
        a.getElement().setAttribute("download", true);
        return a;
    }

    /** The export folder as a zip, made on the first download. */
    private DownloadHandler zipOf(Path dir) {
        return DownloadHandler.fromInputStream(event -> {
            Path zip = folders.zip(dir);
            return new com.vaadin.flow.server.streams.DownloadResponse(Files.newInputStream(zip),
                    zip.getFileName().toString(), "application/zip", Files.size(zip));
        });
    }

    ExportRequest request() {
        String mode = layer.getValue();
        return new ExportRequest(format.getValue(), folders.next(format.getValue()), status.getValue(),
                List.copyOf(labels.getSelectedItems()), "one annotator".equals(mode) ? annotator.getValue() : null,
                mode != null && mode.startsWith("gold"), split.getValue().isBlank() ? null : SplitRatios.parse(split.getValue()),
                seed.getValue() == null ? ExportRequest.DEFAULT_SEED : seed.getValue(), stratify.getValue());
    }

    void run() {
        ExportRequest request;
        try {
            request = request();
        } catch (IllegalArgumentException e) {
            result.setText(e.getMessage());
            return;
        }
        UI ui = UI.getCurrent();
        start.setEnabled(false);
        download.setVisible(false);
        progress.setVisible(true);
        progress.setIndeterminate(true);
        result.setText("Exporting…");
        ui.setPollInterval(500);
        AtomicReference<ExportStats> live = new AtomicReference<>();
        polling = ui.addPollListener(e -> showProgress(live.get()));
        background.execute(() -> {
            ExportResult done = null;
            String failure = null;
            try {
                done = CurrentUser.runAs(actor, () -> exports.export(request, live::set));
                folders.zip(done.outDir());
            } catch (RuntimeException | IOException e) {
                failure = e.getMessage();
            }
            ExportResult r = done;
            String error = failure;
            ui.access(() -> finish(r, error));
        });
    }

    /** Progress from the live counts, on each poll. */
    private void showProgress(ExportStats s) {
        if (s != null && s.expected() > 0 && progress.isVisible()) {
            progress.setIndeterminate(false);
            progress.setValue(Math.min(1.0, (double) s.progress() / s.expected()));
            result.setText("Exporting… " + s.progress() + " of " + s.expected() + " articles");
        }
    }

    private void finish(ExportResult r, String error) {
        UI.getCurrent().setPollInterval(-1);
        polling.remove();
        progress.setVisible(false);
        start.setEnabled(true);
        if (r == null) {
            result.setText("The export failed: " + error);
        } else {
            result.setText(String.format(Locale.ROOT, "Exported %d articles, %d spans, %d relations (%s, %.1f s).",
                    r.stats().articles(), r.stats().spans(), r.stats().relations(), r.outDir().getFileName(), r.seconds()));
            Path dir = r.outDir();
            download.setHref(zipOf(dir));
            download.setText("Download " + dir.getFileName() + ".zip");
            download.setVisible(true);
        }
        past.setItems(exports.recent(50));
    }
}
