package fr.guichet.franceconnect;

import fr.guichet.oidc.ProviderHttp;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;

/** The token request to FranceConnect, with the same short timeouts as every other call to it. */
@Configuration(proxyBeanMethods = false)
class FranceConnectConfiguration {

    @Bean
    OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> franceConnectTokens() {
        var client = new RestClientAuthorizationCodeTokenResponseClient();
        client.setRestClient(ProviderHttp.client()
                .configureMessageConverters(converters -> converters
                        .addCustomConverter(new FormHttpMessageConverter())
                        .addCustomConverter(new OAuth2AccessTokenResponseHttpMessageConverter()))
                .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
                .build());
        return client;
    }

    /** Key rotation: secrets still under an older key are re-encrypted once the application is up. */
    @EventListener(ApplicationReadyEvent.class)
    void reencryptSecrets(ApplicationReadyEvent ready) {
        ready.getApplicationContext().getBean(FranceConnectRegistrations.class).reencryptUnderCurrentKey();
    }
}
