package org.corpusdesk.search;

import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.corpusdesk.shared.CorpusDeskSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** The search index lives in the serving app only; commands do not need it. */
@Configuration
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "corpusdesk.search.enabled", havingValue = "true", matchIfMissing = true)
public class SearchIndexConfig implements SchedulingConfigurer {

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexConfig.class);

    /** Every tenth pass (about every 30 s) also re-reads the overlap before the watermark. */
    static final int OVERLAP_EVERY = 10;

    private ArticleSearchIndex index;
    private int passes;
    private final CorpusDeskSettings settings;

    public SearchIndexConfig(CorpusDeskSettings settings) {
        this.settings = settings;
    }

    @Bean(destroyMethod = "close")
    ArticleSearchIndex articleSearchIndex(DSLContext dsl) {
        index = new ArticleSearchIndex(dsl, settings.searchIndexDir());
        return index;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::follow,
                java.time.Duration.ofMillis(settings.search().refreshMillis()), java.time.Duration.ofSeconds(1)));
    }

    void follow() {
        try {
            int n = index.catchUp(passes++ % OVERLAP_EVERY == 0);
            if (n > 1_000) {
                LOG.info("search index: {} articles indexed", n);
            }
        } catch (RuntimeException e) {
            LOG.warn("search index update failed, will retry: {}", e.getMessage());
        }
    }
}
