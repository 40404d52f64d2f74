package fr.guichet.franceconnect;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Whether the current commune's FranceConnect can be used now: checked before sending the citizen there, so that
 * a provider that is down gives a French page on the portal instead of the browser's connection error. The answer
 * is cached per provider for half a minute.
 */
@Component
public class FranceConnectAvailability {

    private static final Logger log = LoggerFactory.getLogger(FranceConnectAvailability.class);

    /** The answer for the current commune. */
    public enum State { READY, NOT_OFFERED, UNAVAILABLE }

    private final FranceConnectRegistrations registrations;
    private final RestClient http = FranceConnectHttp.client().build();
    private final Cache<String, Boolean> reachable = Caffeine.newBuilder().maximumSize(1_000)
            .expireAfterWrite(Duration.ofSeconds(30)).build();

    FranceConnectAvailability(FranceConnectRegistrations registrations) {
        this.registrations = registrations;
    }

    public State current() {
        Optional<ClientRegistration> registration = registrations.current();
        if (registration.isEmpty()) {
            return State.NOT_OFFERED;
        }
        String jwks = registration.get().getProviderDetails().getJwkSetUri();
        return reachable.get(jwks, this::answers) ? State.READY : State.UNAVAILABLE;
    }

    private boolean answers(String jwks) {
        try {
            http.get().uri(jwks).retrieve().toBodilessEntity();
            return true;
        } catch (RestClientException e) {
            log.warn("FranceConnect provider unreachable ({}): {}", jwks, e.getMessage());
            return false;
        }
    }
}
