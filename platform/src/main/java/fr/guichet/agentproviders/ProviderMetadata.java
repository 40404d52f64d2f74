package fr.guichet.agentproviders;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What an issuer's discovery document says Guichet needs: its endpoints, keys and client authentication methods. */
record ProviderMetadata(String issuer, String authorizationEndpoint, String tokenEndpoint,
        @Nullable String userInfoEndpoint, String jwksUri, @Nullable String endSessionEndpoint,
        List<String> tokenAuthMethods) {
}
