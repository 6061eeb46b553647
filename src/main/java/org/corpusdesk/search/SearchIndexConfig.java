package org.corpusdesk.search;

import java.nio.file.Path;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** The search index lives in the serving app only; commands do not need it. */
@Configuration
@EnableScheduling
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "corpusdesk.search.enabled", havingValue = "true", matchIfMissing = true)
public class SearchIndexConfig {

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexConfig.class);

    /** Every tenth pass (about every 30 s) also re-reads the overlap before the watermark. */
    static final int OVERLAP_EVERY = 10;

    private ArticleSearchIndex index;
    private int passes;

    @Bean(destroyMethod = "close")
    ArticleSearchIndex articleSearchIndex(DSLContext dsl,
            @Value("${corpusdesk.search.index-dir:${corpusdesk.data-dir}/search-index}") String folder) {
        index = new ArticleSearchIndex(dsl, Path.of(folder));
        return index;
    }

    @Scheduled(initialDelay = 1_000, fixedDelayString = "${corpusdesk.search.refresh-millis:3000}")
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
