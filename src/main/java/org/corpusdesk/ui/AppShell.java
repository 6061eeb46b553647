package org.corpusdesk.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;

/** The page shell every view lives in: Vaadin's Lumo theme (Vaadin 25 no longer applies it by default). */
@PWA(name = "Corpus Desk", shortName = "Corpus Desk")
@StyleSheet(Lumo.STYLESHEET)
public class AppShell implements AppShellConfigurator {
}
