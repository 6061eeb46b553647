package org.corpusdesk.report;

import java.time.Duration;
import org.corpusdesk.shared.CorpusDeskSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/** In the web app: refreshes the report rollups once they are half their allowed age and something changed, so reports rarely wait. */
@Component
@ConditionalOnWebApplication
public class RollupRefresher implements SchedulingConfigurer {

    private static final Logger LOG = LoggerFactory.getLogger(RollupRefresher.class);

    private final RollupService rollups;
    private final CorpusDeskSettings.Reports settings;

    public RollupRefresher(RollupService rollups, CorpusDeskSettings settings) {
        this.rollups = rollups;
        this.settings = settings.reports();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::refresh, Duration.ofMillis(settings.checkEveryMillis()),
                Duration.ofMillis(settings.refreshDelayMillis())));
    }

    void refresh() {
        try {
            RollupService.State s = rollups.refreshIfChangedAndOlderThan(rollups.maxAge().dividedBy(2));
            LOG.debug("report rollups refreshed in {} ms", s.millis());
        } catch (RuntimeException e) {
            LOG.warn("report rollups could not be refreshed: {}", e.getMessage());
        }
    }
}
