package org.corpusdesk.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.PWA;

/** The page shell every view lives in. */
@PWA(name = "Corpus Desk", shortName = "Corpus Desk")
public class AppShell implements AppShellConfigurator {
}
