package org.corpusdesk.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.corpusdesk.annotation.ui.LabelSchemaView;
import org.corpusdesk.article.ui.ProgressView;
import org.corpusdesk.article.ui.QueueView;
import org.corpusdesk.audit.ui.AuditView;
import org.corpusdesk.ingest.ui.ImportView;
import org.corpusdesk.registry.ui.RegistryView;
import org.corpusdesk.user.Actor;
import org.corpusdesk.user.CurrentUser;
import org.corpusdesk.user.Role;
import org.corpusdesk.user.ui.UsersView;

/** The frame around every page after login: navigation by role, who is logged in, logout. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(CurrentUser currentUser, AuthenticationContext authentication) {
        Actor me = currentUser.actor();
        Span title = new Span("Corpus Desk");
        title.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        Span who = new Span(me.name() + " · " + me.role().name().toLowerCase(java.util.Locale.ROOT));
        who.setId("current-user");
        Button logout = new Button("Log out", e -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, who, logout);
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(header);

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem("Review queue", QueueView.class));
        nav.addItem(new SideNavItem("Registries", RegistryView.class));
        nav.addItem(new SideNavItem("Progress", ProgressView.class));
        if (me.role().includes(Role.CURATOR)) {
            nav.addItem(new SideNavItem("Import", ImportView.class));
            nav.addItem(new SideNavItem("Export", org.corpusdesk.export.ui.ExportView.class));
            nav.addItem(new SideNavItem("Reports", org.corpusdesk.report.ui.ReportsView.class));
            nav.addItem(new SideNavItem("Agreement", org.corpusdesk.agreement.ui.AgreementView.class));
            nav.addItem(new SideNavItem("Curation", org.corpusdesk.curation.ui.CurationView.class));
            nav.addItem(new SideNavItem("SQL console", org.corpusdesk.report.ui.SqlConsoleView.class));
        }
        if (me.role().includes(Role.ADMIN)) {
            nav.addItem(new SideNavItem("Label schema", LabelSchemaView.class));
            nav.addItem(new SideNavItem("Users", UsersView.class));
            nav.addItem(new SideNavItem("Audit trail", AuditView.class));
        }
        addToDrawer(nav);
    }
}
