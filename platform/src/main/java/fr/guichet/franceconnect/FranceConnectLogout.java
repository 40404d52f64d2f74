package fr.guichet.franceconnect;

import fr.guichet.identity.FranceConnectCitizen;
import java.util.Optional;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where a citizen signed in through FranceConnect goes to sign out: the provider's {@code session/end} with the
 * id_token as {@code id_token_hint}, a {@code state} and the portal as {@code post_logout_redirect_uri}, so that the
 * FranceConnect session ends too.
 */
public final class FranceConnectLogout {

    private FranceConnectLogout() {
    }

    /** The provider's logout address for this citizen, or empty when the commune has no registration any more. */
    public static Optional<String> endSession(FranceConnectRegistrations registrations, FranceConnectCitizen citizen,
            String postLogoutRedirectUri, String state) {
        return registrations.current().map(ClientRegistration::getProviderDetails)
                .map(provider -> provider.getConfigurationMetadata().get(FranceConnectProvider.END_SESSION))
                .map(endpoint -> UriComponentsBuilder.fromUriString(endpoint.toString())
                        .queryParam("id_token_hint", citizen.getIdToken().getTokenValue())
                        .queryParam("state", state)
                        .queryParam("post_logout_redirect_uri", postLogoutRedirectUri)
                        .encode().build().toUriString());
    }
}
