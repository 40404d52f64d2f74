package fr.guichet.oidc;

import java.time.Duration;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;

/**
 * Every call to a provider has short timeouts: a provider that is down or slow answers the person with a French
 * message in seconds, never a page that hangs.
 */
public final class ProviderHttp {

    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    public static final Duration READ_TIMEOUT = Duration.ofSeconds(8);

    private ProviderHttp() {
    }

    static SimpleClientHttpRequestFactory requests() {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(CONNECT_TIMEOUT);
        requests.setReadTimeout(READ_TIMEOUT);
        return requests;
    }

    public static RestTemplate template() {
        return new RestTemplate(requests());
    }

    public static RestClient.Builder client() {
        return RestClient.builder().requestFactory(requests());
    }
}
