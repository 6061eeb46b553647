package org.corpusdesk;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Prints where the UI can be opened once the server is ready. */
@Component
class ReadyBanner {

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
            System.out.println("Corpus Desk is ready at http://localhost:" + web.getWebServer().getPort() + "/");
        }
    }
}
