package fr.guichet.drafts;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Drafts' settings, and the scheduling that purges expired drafts. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DraftsProperties.class)
@EnableScheduling
class DraftsConfiguration {
}
