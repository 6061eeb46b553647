package org.corpusdesk.registry.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.corpusdesk.registry.ClaimRegistryService;
import org.corpusdesk.registry.RegistryClaim;
import org.corpusdesk.registry.RegistrySource;
import org.corpusdesk.registry.SourceRegistryService;
import org.corpusdesk.user.CurrentUser;
import org.corpusdesk.user.Role;

/** The canonical source and claim registries: search, aliases, usage counts; curators merge duplicates. */
@Route("registry")
@PageTitle("Registries · Corpus Desk")
@PermitAll
public class RegistryView extends VerticalLayout {

    private final SourceRegistryService sources;
    private final ClaimRegistryService claims;
    private final boolean curator;
    final TextField sourceSearch = new TextField();
    final Grid<SourceRegistryService.SourceUsage> sourceGrid = new Grid<>();
    final TextField claimSearch = new TextField();
    final Grid<RegistryClaim> claimGrid = new Grid<>();

    public RegistryView(SourceRegistryService sources, ClaimRegistryService claims, CurrentUser currentUser) {
        this.sources = sources;
        this.claims = claims;
        this.curator = currentUser.has(Role.CURATOR);
        setSizeFull();
        sourceSearch.setPlaceholder("Search names and aliases");
        sourceSearch.setValueChangeMode(ValueChangeMode.LAZY);
        sourceSearch.addValueChangeListener(e -> refreshSources());
        sourceGrid.setId("sources-grid");
        sourceGrid.addColumn(u -> u.source().name()).setHeader("Source").setFlexGrow(2);
        sourceGrid.addColumn(u -> u.source().kind().name().toLowerCase(java.util.Locale.ROOT)).setHeader("Kind");
        sourceGrid.addColumn(u -> u.source().country() == null ? "" : u.source().country()).setHeader("Country");
        sourceGrid.addColumn(u -> String.join("; ", u.source().aliases())).setHeader("Aliases").setFlexGrow(3);
        sourceGrid.addColumn(SourceRegistryService.SourceUsage::mentions).setHeader("Mentions");
        sourceGrid.addColumn(SourceRegistryService.SourceUsage::articles).setHeader("Articles");
        if (curator) {
            sourceGrid.addComponentColumn(u -> new Button("Merge into…", e -> mergeSource(u.source())));
        }
        claimSearch.setPlaceholder("Search statements");
        claimSearch.setValueChangeMode(ValueChangeMode.LAZY);
        claimSearch.addValueChangeListener(e -> refreshClaims());
        claimGrid.setId("claims-grid");
        claimGrid.addColumn(RegistryClaim::statement).setHeader("Claim").setFlexGrow(3);
        claimGrid.addColumn(c -> c.subject() == null ? "" : c.subject()).setHeader("Subject");
        claimGrid.addColumn(RegistryClaim::articles).setHeader("Articles");
        claimGrid.addColumn(RegistryClaim::outlets).setHeader("Outlets");
        if (curator) {
            claimGrid.addComponentColumn(c -> new Button("Merge into…", e -> mergeClaim(c)));
        }
        TabSheet tabs = new TabSheet();
        tabs.add("Sources", new VerticalLayout(sourceSearch, sourceGrid));
        tabs.add("Claims", new VerticalLayout(claimSearch, claimGrid));
        tabs.setSizeFull();
        add(new H2("Registries"), tabs);
        refreshSources();
        refreshClaims();
    }

    private void refreshSources() {
        String text = sourceSearch.getValue();
        sourceGrid.setItems(q -> sources.usage(text, q.getOffset(), q.getLimit()).stream());
    }

    private void refreshClaims() {
        claimGrid.setItems(claims.search(claimSearch.getValue(), 500));
    }

    private void mergeSource(RegistrySource from) {
        Dialog d = new Dialog();
        d.setHeaderTitle("Merge “" + from.name() + "” into…");
        ComboBox<RegistrySource> target = new ComboBox<>("Keep this entry");
        target.setItems(q -> sources.search(q.getFilter().orElse(""), q.getOffset() + q.getLimit()).stream()
                .filter(s -> s.id() != from.id()).skip(q.getOffset()));
        target.setItemLabelGenerator(RegistrySource::name);
        target.setWidth("24em");
        Button merge = new Button("Merge", e -> {
            if (target.getValue() == null) {
                return;
            }
            try {
                sources.merge(from.id(), target.getValue().id());
                Notification.show("Merged into " + target.getValue().name());
                d.close();
                refreshSources();
            } catch (IllegalArgumentException problem) {
                target.setErrorMessage(problem.getMessage());
                target.setInvalid(true);
            }
        });
        d.add(target);
        d.getFooter().add(new Button("Cancel", e -> d.close()), merge);
        d.open();
    }

    private void mergeClaim(RegistryClaim from) {
        Dialog d = new Dialog();
        d.setHeaderTitle("Merge claim into…");
        ComboBox<RegistryClaim> target = new ComboBox<>("Keep this claim");
        target.setItems(q -> claims.search(q.getFilter().orElse(""), q.getOffset() + q.getLimit()).stream()
                .filter(c -> c.id() != from.id()).skip(q.getOffset()));
        target.setItemLabelGenerator(RegistryClaim::statement);
        target.setWidth("28em");
        Button merge = new Button("Merge", e -> {
            if (target.getValue() != null) {
                claims.merge(from.id(), target.getValue().id());
                Notification.show("Merged");
                d.close();
                refreshClaims();
            }
        });
        d.add(target);
        d.getFooter().add(new Button("Cancel", e -> d.close()), merge);
        d.open();
    }
}
