package org.corpusdesk.shared;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link CorpusDeskSettings} in every context: the web app and the commands. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CorpusDeskSettings.class)
public class SettingsConfiguration {
}
