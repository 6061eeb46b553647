package org.corpusdesk.shared;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Timed background work (the search index following new articles, the report rollups kept fresh) runs in the
 * web app only; a command does its one job and exits.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnWebApplication
public class SchedulingConfiguration {
}
