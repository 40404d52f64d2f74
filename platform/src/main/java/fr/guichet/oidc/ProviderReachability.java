package fr.guichet.oidc;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Whether a provider answers now, asked before sending a person there (its JWKS must answer), so that a provider
 * that is down gives our own French page instead of the browser's connection error. The answer is cached per address
 * for half a minute.
 */
@Component
public class ProviderReachability {

    private static final Logger log = LoggerFactory.getLogger(ProviderReachability.class);

    private final RestClient http = ProviderHttp.client().build();
    private final Cache<String, Boolean> reachable = Caffeine.newBuilder().maximumSize(1_000)
            .expireAfterWrite(Duration.ofSeconds(30)).build();

    ProviderReachability() {
    }

    /** Whether {@code url} (a provider's JWKS) answers a GET with a success. */
    public boolean answers(String url) {
        return reachable.get(url, this::ask);
    }

    private boolean ask(String url) {
        try {
            http.get().uri(url).retrieve().toBodilessEntity();
            return true;
        } catch (RestClientException e) {
            log.warn("Identity provider unreachable ({}): {}", url, e.getMessage());
            return false;
        }
    }
}
