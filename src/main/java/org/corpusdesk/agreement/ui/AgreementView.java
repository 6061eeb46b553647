package org.corpusdesk.agreement.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.corpusdesk.agreement.AgreementRow;
import org.corpusdesk.agreement.AgreementService;
import org.corpusdesk.report.QueryResult;
import org.corpusdesk.report.ReportDefinition;
import org.corpusdesk.report.SvgChart;
import org.corpusdesk.user.Actor;
import org.corpusdesk.user.CurrentUser;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.core.task.TaskExecutor;

/**
 * Inter-annotator agreement for curators: per label pooled over every pair and per pair of annotators (what the
 * {@code agreement} command prints), with a chart of each label's exact and overlap span F1. Computed in the
 * background; docs/agreement.md says what each figure is.
 */
@Route("agreement")
@PageTitle("Agreement · Corpus Desk")
@RolesAllowed("CURATOR")
public class AgreementView extends VerticalLayout {

    final TextField labels = new TextField("Labels");
    final TextField annotators = new TextField("Annotators");
    final TextField outlet = new TextField("Outlet");
    final Button compute = new Button("Compute");
    final Paragraph status = new Paragraph();
    final Image chart = new Image();
    final Grid<AgreementRow> grid = new Grid<>();
    private final AgreementService agreement;
    private final TaskExecutor background;
    private final Actor actor;

    public AgreementView(AgreementService agreement, CurrentUser currentUser,
            @Qualifier(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME) TaskExecutor background) {
        this.agreement = agreement;
        this.background = background;
        this.actor = currentUser.actor();
        setSizeFull();
        labels.setPlaceholder("all (e.g. SOURCE,CLAIM)");
        annotators.setPlaceholder("all (e.g. ann,bob)");
        outlet.setPlaceholder("all (exact name)");
        outlet.setId("agreement-outlet");
        labels.setId("agreement-labels");
        compute.setId("agreement-compute");
        compute.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        compute.addClickListener(e -> compute());
        grid.setId("agreement-grid");
        grid.addColumn(AgreementRow::label).setHeader("Label").setAutoWidth(true);
        grid.addColumn(r -> r.annotatorA().equals(AgreementRow.EVERY_PAIR) ? "every pair" : r.annotatorA() + " · " + r.annotatorB())
                .setHeader("Annotators").setAutoWidth(true);
        grid.addColumn(AgreementRow::articles).setHeader("Articles").setAutoWidth(true);
        grid.addColumn(r -> r.spansA() + " / " + r.spansB()).setHeader("Spans A / B").setAutoWidth(true);
        grid.addColumn(r -> figure(r.exactF1())).setHeader("Exact F1").setAutoWidth(true);
        grid.addColumn(r -> figure(r.overlapF1())).setHeader("Overlap F1").setAutoWidth(true);
        grid.addColumn(r -> figure(r.alphaU())).setHeader("α (unitizing)").setAutoWidth(true);
        grid.addColumn(r -> figure(r.kappaTokens())).setHeader("κ (tokens)").setAutoWidth(true);
        grid.addColumn(r -> figure(r.percentTokens())).setHeader("% agree (tokens)").setAutoWidth(true);
        grid.setPartNameGenerator(r -> r.annotatorA().equals(AgreementRow.EVERY_PAIR) ? "pooled" : null);
        chart.setVisible(false);
        chart.setAlt("Exact and overlap span F1 per label, over every pair");
        HorizontalLayout filters = new HorizontalLayout(labels, annotators, outlet, compute);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2("Inter-annotator agreement"), new Paragraph("Over the articles two or more annotators annotated: "
                + "per label, every pair together and each pair; exact and overlap span F1, Krippendorff's α, Cohen's κ "
                + "and percent agreement on word tokens (docs/agreement.md). Also: java -jar corpus-desk.jar agreement."),
                filters, status, chart, grid);
    }

    private void compute() {
        AgreementService.Filter filter = new AgreementService.Filter(names(labels.getValue()), names(annotators.getValue()), null)
                .withOutlet(outlet.getValue());
        compute.setEnabled(false);
        status.setText("Computing…");
        UI ui = UI.getCurrent();
        ui.setPollInterval(300); // no push: the page asks for the result until it is shown
        background.execute(() -> {
            List<AgreementRow> rows;
            String failure = null;
            try {
                rows = CurrentUser.runAs(actor, () -> agreement.agreement(filter));
            } catch (RuntimeException e) {
                rows = List.of();
                failure = e.getMessage();
            }
            List<AgreementRow> done = rows;
            String problem = failure;
            ui.access(() -> show(done, problem));
        });
    }

    private void show(List<AgreementRow> rows, String failure) {
        UI.getCurrent().setPollInterval(-1);
        compute.setEnabled(true);
        grid.setItems(rows);
        status.setText(failure != null ? "Failed: " + failure : rows.isEmpty()
                ? "No article has spans of two or more annotators (of these labels) yet." : "");
        List<List<Object>> pooled = new ArrayList<>();
        for (AgreementRow r : rows) {
            if (r.annotatorA().equals(AgreementRow.EVERY_PAIR) && !Double.isNaN(r.overlapF1())) {
                pooled.add(Arrays.asList(r.label(), r.exactF1(), r.overlapF1()));
            }
        }
        String svg = pooled.isEmpty() ? null : SvgChart.render(new ReportDefinition.Chart("bar", "label",
                List.of("exact_f1", "overlap_f1"), null), new QueryResult(List.of("label", "exact_f1", "overlap_f1"), pooled, false));
        chart.setVisible(svg != null);
        if (svg != null) {
            chart.setSrc("data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static Set<String> names(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    private static String figure(Double v) {
        return v == null || v.isNaN() ? "—" : String.format(Locale.ROOT, "%.3f", v);
    }
}
