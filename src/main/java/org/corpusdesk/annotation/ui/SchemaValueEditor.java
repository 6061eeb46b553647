package org.corpusdesk.annotation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.corpusdesk.annotation.SchemaProblem;
import org.corpusdesk.annotation.SchemaValue;

/** A grid and form for one list of schema values (claim types or verdicts). */
class SchemaValueEditor extends VerticalLayout {

    private final Supplier<List<SchemaValue>> load;
    private final UnaryOperator<SchemaValue> store;
    final Grid<SchemaValue> grid = new Grid<>();
    final TextField code = new TextField("Code");
    final TextField name = new TextField("Name");
    final TextField description = new TextField("Description");
    final IntegerField order = new IntegerField("Order");
    final Checkbox active = new Checkbox("Active", true);
    final Button save = new Button("Add");
    private Long editing;

    SchemaValueEditor(String id, Supplier<List<SchemaValue>> load, UnaryOperator<SchemaValue> store) {
        this.load = load;
        this.store = store;
        setPadding(false);
        grid.setId(id + "-grid");
        code.setId(id + "-code");
        name.setId(id + "-name");
        save.setId(id + "-save");
        grid.addColumn(SchemaValue::code).setHeader("Code");
        grid.addColumn(SchemaValue::name).setHeader("Name");
        grid.addColumn(v -> v.active() ? "" : "inactive").setHeader("State");
        grid.addColumn(v -> v.description() == null ? "" : v.description()).setHeader("Description").setFlexGrow(3);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));
        order.setWidth("6em");
        save.addClickListener(e -> save());
        HorizontalLayout form = new HorizontalLayout(code, name, description, order, active, save,
                new Button("New", e -> edit(null)));
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(grid, form);
        edit(null);
        grid.setItems(load.get());
    }

    private void edit(SchemaValue v) {
        editing = v == null ? null : v.id();
        code.setValue(v == null ? "" : v.code());
        name.setValue(v == null ? "" : v.name());
        description.setValue(v == null || v.description() == null ? "" : v.description());
        order.setValue(v == null ? 100 : v.sortOrder());
        active.setValue(v == null || v.active());
        save.setText(v == null ? "Add" : "Save");
    }

    void save() {
        try {
            SchemaValue saved = store.apply(new SchemaValue(editing, code.getValue(), name.getValue(),
                    description.getValue(), order.getValue() == null ? 0 : order.getValue(), active.getValue()));
            Notification.show("Saved " + saved.code());
            grid.setItems(load.get());
            edit(null);
        } catch (SchemaProblem problem) {
            Notification n = Notification.show(problem.getMessage(), 6000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
