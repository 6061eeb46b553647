package org.corpusdesk.audit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import org.corpusdesk.audit.AuditEvent;
import org.corpusdesk.audit.AuditFilter;
import org.corpusdesk.audit.AuditQueryService;

/** Every change, newest first, filtered by actor, entity and date; a row opens its before/after JSON. */
@Route("audit")
@PageTitle("Audit trail · Corpus Desk")
@RolesAllowed("ADMIN")
public class AuditView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    final Grid<AuditEvent> grid = new Grid<>();
    final TextField actor = new TextField("Actor");
    final ComboBox<String> entityType = new ComboBox<>("Entity");
    final IntegerField entityId = new IntegerField("Entity id");
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");

    public AuditView(AuditQueryService audit) {
        setSizeFull();
        entityType.setItems(audit.entityTypes());
        entityType.setClearButtonVisible(true);
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        HorizontalLayout filters = new HorizontalLayout(actor, entityType, entityId, from, to);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId("audit-grid");
        grid.addColumn(e -> WHEN.format(e.occurredAt())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEvent::actor).setHeader("Actor");
        grid.addColumn(AuditEvent::action).setHeader("Action").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEvent::entityType).setHeader("Entity");
        grid.addColumn(AuditEvent::entityId).setHeader("Id").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> abbreviate(e.afterJson() != null ? e.afterJson() : e.beforeJson())).setHeader("Change")
                .setFlexGrow(3);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(e -> new VerticalLayout(
                new Pre("before: " + (e.beforeJson() == null ? "—" : e.beforeJson())),
                new Pre("after:  " + (e.afterJson() == null ? "—" : e.afterJson())))));
        grid.setSizeFull();
        Runnable refresh = () -> {
            AuditFilter filter = new AuditFilter(actor.getValue(), entityType.getValue(),
                    entityId.getValue() == null ? null : entityId.getValue().longValue(), from.getValue(), to.getValue());
            grid.setItems(q -> audit.page(filter, q.getOffset(), q.getLimit()).stream(), q -> audit.count(filter));
        };
        actor.addValueChangeListener(e -> refresh.run());
        entityType.addValueChangeListener(e -> refresh.run());
        entityId.addValueChangeListener(e -> refresh.run());
        from.addValueChangeListener(e -> refresh.run());
        to.addValueChangeListener(e -> refresh.run());
        refresh.run();
        add(new H2("Audit trail"), filters, grid);
    }

    private static String abbreviate(String json) {
        return json == null ? "" : json.length() > 140 ? json.substring(0, 139) + "…" : json;
    }
}
