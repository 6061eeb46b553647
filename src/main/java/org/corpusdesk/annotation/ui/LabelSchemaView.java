package org.corpusdesk.annotation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.corpusdesk.annotation.Label;
import org.corpusdesk.annotation.LabelKind;
import org.corpusdesk.annotation.LabelSchemaService;
import org.corpusdesk.annotation.SchemaProblem;

/** Administrators edit the label schema: labels with colours and hotkeys, claim types, verdict values. */
@Route("schema")
@PageTitle("Label schema · Corpus Desk")
@RolesAllowed("ADMIN")
public class LabelSchemaView extends VerticalLayout {

    private final LabelSchemaService schema;
    final Grid<Label> labels = new Grid<>();
    final TextField name = new TextField("Name");
    final Select<LabelKind> kind = new Select<>();
    final TextField colour = new TextField("Colour");
    final TextField hotkey = new TextField("Hotkey");
    final TextField description = new TextField("Description");
    final com.vaadin.flow.component.textfield.TextArea guidelines = new com.vaadin.flow.component.textfield.TextArea(
            "Guidelines (Markdown: what to tag, what not, examples)");
    final IntegerField order = new IntegerField("Order");
    final Checkbox active = new Checkbox("Active", true);
    final Button save = new Button("Save label");
    private Long editing;

    public LabelSchemaView(LabelSchemaService schema) {
        this.schema = schema;
        kind.setLabel("Kind");
        kind.setItems(LabelKind.values());
        colour.setPlaceholder("#1f77b4");
        hotkey.setMaxLength(1);
        hotkey.setWidth("5em");
        order.setWidth("6em");
        name.setId("label-name");
        colour.setId("label-colour");
        hotkey.setId("label-hotkey");
        save.setId("label-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> saveLabel());
        Button fresh = new Button("New label", e -> edit(null));

        labels.setId("labels-grid");
        labels.addComponentColumn(l -> swatch(l.colour())).setHeader("").setAutoWidth(true).setFlexGrow(0);
        labels.addColumn(Label::name).setHeader("Label");
        labels.addColumn(Label::kind).setHeader("Kind");
        labels.addColumn(l -> l.hotkey() == null ? "" : l.hotkey()).setHeader("Hotkey");
        labels.addColumn(l -> l.active() ? "" : "inactive").setHeader("State");
        labels.addColumn(l -> l.description() == null ? "" : l.description()).setHeader("Description").setFlexGrow(3);
        labels.setAllRowsVisible(true);
        labels.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));

        HorizontalLayout form = new HorizontalLayout(name, kind, colour, hotkey, order, description, active, save, fresh);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        guidelines.setId("label-guidelines");
        guidelines.setWidthFull();
        guidelines.setMinHeight("8em");
        guidelines.setHelperText("Shown to editors beside the labels and in the key help; raw HTML is shown as text");
        add(new H2("Label schema"), labels, form, guidelines,
                new H3("Claim types"), new SchemaValueEditor("claim-types", schema::claimTypes, schema::saveClaimType),
                new H3("Verdicts"), new SchemaValueEditor("verdicts", schema::verdicts, schema::saveVerdict));
        edit(null);
        labels.setItems(schema.labels());
    }

    private void edit(Label label) {
        editing = label == null ? null : label.id();
        name.setValue(label == null ? "" : label.name());
        kind.setValue(label == null ? LabelKind.OTHER : label.kind());
        colour.setValue(label == null ? "#9467bd" : label.colour());
        hotkey.setValue(label == null || label.hotkey() == null ? "" : label.hotkey());
        description.setValue(label == null || label.description() == null ? "" : label.description());
        guidelines.setValue(label == null || label.guidelines() == null ? "" : label.guidelines());
        order.setValue(label == null ? 100 : label.sortOrder());
        active.setValue(label == null || label.active());
        save.setText(label == null ? "Add label" : "Save label");
    }

    void saveLabel() {
        try {
            Label saved = schema.saveLabel(new Label(editing, name.getValue(), kind.getValue(), colour.getValue(),
                    hotkey.getValue(), description.getValue(), order.getValue() == null ? 0 : order.getValue(),
                    active.getValue(), guidelines.getValue()));
            Notification.show("Saved label " + saved.name());
            labels.setItems(schema.labels());
            edit(null);
        } catch (SchemaProblem problem) {
            Notification n = Notification.show(problem.getMessage(), 6000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    static Span swatch(String colour) {
        Span s = new Span();
        s.getStyle().set("display", "inline-block").set("width", "1.2em").set("height", "1.2em")
                .set("border-radius", "3px").set("background", colour);
        return s;
    }
}
