package org.corpusdesk.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.listbox.ListBox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.corpusdesk.report.QueryRejectedException;
import org.corpusdesk.report.ReportDefinition;
import org.corpusdesk.report.ReportParameter;
import org.corpusdesk.report.ReportRun;
import org.corpusdesk.report.ReportService;
import org.corpusdesk.user.Actor;
import org.corpusdesk.user.CurrentUser;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.core.task.TaskExecutor;

/**
 * Built-in reports: pick one, set its parameters, run; the table, its chart (SVG drawn on the server, shown as
 * an image so no markup from the data reaches the page) and a CSV download.
 */
@Route("reports")
@PageTitle("Reports · Corpus Desk")
@RolesAllowed("CURATOR")
public class ReportsView extends HorizontalLayout {

    private static final java.time.format.DateTimeFormatter AS_OF = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ReportService reports;
    private final TaskExecutor background;
    private final Actor actor;
    private long runs;
    final ListBox<ReportDefinition> list = new ListBox<>();
    final H2 title = new H2();
    final Paragraph description = new Paragraph();
    final HorizontalLayout parameters = new HorizontalLayout();
    final Map<String, Component> fields = new LinkedHashMap<>();
    final Button run = new Button("Run");
    final Button recount = new Button("Recount and run");
    final Paragraph status = new Paragraph();
    final Image chart = new Image();
    final ResultGrid grid = new ResultGrid();
    final Anchor csv;

    public ReportsView(ReportService reports, CurrentUser currentUser,
            @Qualifier(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME) TaskExecutor background) {
        this.reports = reports;
        this.background = background;
        this.actor = currentUser.actor();
        setSizeFull();
        list.setItems(reports.reports());
        list.setItemLabelGenerator(ReportDefinition::title);
        list.setId("report-list");
        list.setWidth("300px");
        list.addValueChangeListener(e -> select(e.getValue()));
        run.setId("report-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(e -> run());
        recount.setId("report-recount");
        recount.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        recount.setTooltipText("Recompute the counts this report reads (rollups), then run it");
        recount.addClickListener(e -> run(true));
        status.setId("report-status");
        chart.setId("report-chart");
        chart.setVisible(false);
        grid.setId("report-grid");
        csv = grid.csvDownload("report-csv", () -> list.getValue() == null ? "report" : list.getValue().name());
        parameters.setAlignItems(Alignment.BASELINE);
        VerticalLayout body = new VerticalLayout(title, description, parameters, status, chart, grid, csv);
        body.setPadding(false);
        add(list, body);
        setFlexGrow(1, body);
        if (!reports.reports().isEmpty()) {
            list.setValue(reports.reports().get(0));
        }
    }

    void select(ReportDefinition r) {
        if (r == null) {
            return;
        }
        title.setText(r.title());
        description.setText(r.description());
        parameters.removeAll();
        fields.clear();
        for (ReportParameter p : r.parameters()) {
            Component field = p.type().equals("date") ? new DatePicker(p.label()) : new TextField(p.label());
            field.setId("report-param-" + p.name());
            fields.put(p.name(), field);
            parameters.add(field);
        }
        parameters.add(run);
        if (r.usesRollups()) {
            parameters.add(recount);
        }
        run();
    }

    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach((name, field) -> {
            String v = field instanceof DatePicker d ? (d.getValue() == null ? null : d.getValue().toString())
                    : ((TextField) field).getValue();
            if (v != null && !v.isBlank()) {
                values.put(name, v);
            }
        });
        return values;
    }

    void run() {
        run(false);
    }

    /** On the shared executor (a recount can take minutes on a big corpus); the page polls until it is shown. */
    void run(boolean recountFirst) {
        ReportDefinition r = list.getValue();
        if (r == null) {
            return;
        }
        Map<String, String> values = values();
        long mine = ++runs;
        run.setEnabled(false);
        recount.setEnabled(false);
        status.setText(recountFirst ? "Recounting, then running…" : "Running…");
        UI ui = UI.getCurrent();
        ui.setPollInterval(300);
        background.execute(() -> {
            ReportRun result = null;
            String failure = null;
            try {
                result = CurrentUser.runAs(actor, () -> {
                    try {
                        return reports.run(r.name(), values, recountFirst);
                    } catch (QueryRejectedException e) {
                        throw new IllegalArgumentException(e.getMessage());
                    }
                });
            } catch (RuntimeException e) {
                failure = e.getMessage();
            }
            ReportRun done = result;
            String problem = failure;
            ui.access(() -> {
                if (mine == runs) { // an earlier run that ends last is not shown over a later one
                    show(r, done, problem);
                }
            });
        });
    }

    private void show(ReportDefinition r, ReportRun result, String failure) {
        UI.getCurrent().setPollInterval(-1);
        run.setEnabled(true);
        recount.setEnabled(true);
        if (failure != null) {
            status.setText(failure);
            chart.setVisible(false);
            return;
        }
        grid.show(result.result());
        status.setText(String.format(Locale.ROOT, "%d row%s%s, %.0f ms%s", result.result().rows().size(),
                result.result().rows().size() == 1 ? "" : "s",
                result.result().truncated() ? " (only the first rows: the row cap was reached)" : "", result.millis(),
                result.countsAsOf() == null ? "" : "; counts as of " + AS_OF.format(result.countsAsOf()
                        .atZoneSameInstant(java.time.ZoneId.systemDefault()))));
        chart.setVisible(result.svg() != null);
        if (result.svg() != null) {
            chart.setSrc("data:image/svg+xml;base64," + Base64.getEncoder()
                    .encodeToString(result.svg().getBytes(StandardCharsets.UTF_8)));
            chart.setAlt("Chart of " + r.title());
        }
    }
}
