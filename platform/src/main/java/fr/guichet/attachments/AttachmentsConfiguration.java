package fr.guichet.attachments;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The attachments' limits, and the scheduling that runs the cleanup of pending files. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AttachmentsProperties.class)
@EnableScheduling
class AttachmentsConfiguration {
}
