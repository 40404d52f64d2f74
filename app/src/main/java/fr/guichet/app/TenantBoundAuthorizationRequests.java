package fr.guichet.app;

import fr.guichet.tenancy.TenantContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.web.AuthorizationRequestRepository;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizationRequestRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/**
 * The pending authorization requests (state, nonce, PKCE verifier) kept in the session, each stamped with the tenant
 * whose host started it: a return to another tenant's host, even with a copied session cookie, finds no request and
 * is refused as a bad {@code state}. Registrations are per tenant already; this makes the binding explicit.
 */
final class TenantBoundAuthorizationRequests implements AuthorizationRequestRepository<OAuth2AuthorizationRequest> {

    private static final Logger log = LoggerFactory.getLogger(TenantBoundAuthorizationRequests.class);
    private static final String TENANT = "guichet_tenant";

    private final HttpSessionOAuth2AuthorizationRequestRepository session =
            new HttpSessionOAuth2AuthorizationRequestRepository();

    @Override
    public @Nullable OAuth2AuthorizationRequest loadAuthorizationRequest(HttpServletRequest request) {
        return ownTenant(session.loadAuthorizationRequest(request));
    }

    @Override
    public void saveAuthorizationRequest(@Nullable OAuth2AuthorizationRequest authorizationRequest,
            HttpServletRequest request, HttpServletResponse response) {
        OAuth2AuthorizationRequest stamped = authorizationRequest == null ? null
                : OAuth2AuthorizationRequest.from(authorizationRequest)
                        .attributes(attributes -> attributes.put(TENANT, currentTenant())).build();
        session.saveAuthorizationRequest(stamped, request, response);
    }

    @Override
    public @Nullable OAuth2AuthorizationRequest removeAuthorizationRequest(HttpServletRequest request,
            HttpServletResponse response) {
        return ownTenant(session.removeAuthorizationRequest(request, response));
    }

    private static @Nullable OAuth2AuthorizationRequest ownTenant(@Nullable OAuth2AuthorizationRequest request) {
        if (request == null || currentTenant().equals(request.getAttribute(TENANT))) {
            return request;
        }
        log.warn("Authorization request started on another tenant's host: ignored");
        return null;
    }

    private static String currentTenant() {
        return TenantContext.current().map(tenant -> tenant.id().toString()).orElse("");
    }
}
