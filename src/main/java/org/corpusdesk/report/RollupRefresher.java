package org.corpusdesk.report;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** In the web app: refreshes the report rollups once they are half their allowed age, so reports rarely wait. */
@Component
@ConditionalOnWebApplication
public class RollupRefresher {

    private static final Logger LOG = LoggerFactory.getLogger(RollupRefresher.class);

    private final RollupService rollups;

    public RollupRefresher(RollupService rollups) {
        this.rollups = rollups;
    }

    @Scheduled(initialDelayString = "${corpusdesk.reports.refresh-delay-millis:60000}",
            fixedDelayString = "${corpusdesk.reports.check-every-millis:60000}")
    void refresh() {
        try {
            RollupService.State s = rollups.refreshIfOlderThan(rollups.maxAge().dividedBy(2));
            LOG.debug("report rollups refreshed in {} ms", s.millis());
        } catch (RuntimeException e) {
            LOG.warn("report rollups could not be refreshed: {}", e.getMessage());
        }
    }
}
