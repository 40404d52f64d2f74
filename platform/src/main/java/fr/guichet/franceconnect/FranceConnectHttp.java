package fr.guichet.franceconnect;

import java.time.Duration;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;

/**
 * Every call to a provider has short timeouts: a provider that is down or slow answers the citizen with a French
 * message in seconds, never a page that hangs.
 */
final class FranceConnectHttp {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(8);

    private FranceConnectHttp() {
    }

    static SimpleClientHttpRequestFactory requests() {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(CONNECT_TIMEOUT);
        requests.setReadTimeout(READ_TIMEOUT);
        return requests;
    }

    static RestTemplate template() {
        return new RestTemplate(requests());
    }

    static RestClient.Builder client() {
        return RestClient.builder().requestFactory(requests());
    }
}
