package fr.guichet.agentproviders;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/** Key rotation: secrets still under an older key are re-encrypted once the application is up. */
@Configuration(proxyBeanMethods = false)
class AgentProvidersConfiguration {

    @EventListener(ApplicationReadyEvent.class)
    void reencryptSecrets(ApplicationReadyEvent ready) {
        ready.getApplicationContext().getBean(AgentProviders.class).reencryptUnderCurrentKey();
    }
}
