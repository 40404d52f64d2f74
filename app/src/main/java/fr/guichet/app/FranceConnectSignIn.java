package fr.guichet.app;

import fr.guichet.agentproviders.AgentProviderSignIn;
import fr.guichet.franceconnect.AccountToLink;
import fr.guichet.franceconnect.FranceConnectAvailability;
import fr.guichet.franceconnect.FranceConnectRefused;
import fr.guichet.franceconnect.FranceConnectRefused.Reason;
import fr.guichet.identity.CertifiedIdentity;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The citizens' FranceConnect sign-in around Spring Security's OpenID Connect login (decision 018): the request to
 * FranceConnect asks for {@code acr_values=eidas1} (Spring adds {@code state} and {@code nonce}); before leaving the
 * portal, the commune's provider must answer; success leads back to the portal, every failure to the portal's
 * French page {@code /mon-compte/franceconnect/erreur?motif=...}, and a confirmed account of the same address to the
 * password sign-in, which links it.
 */
final class FranceConnectSignIn {

    static final String START = OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI
            + "/franceconnect";
    static final String ERROR_PAGE = "/mon-compte/franceconnect/erreur";
    /** Session attribute: the identity FranceConnect vouched for, waiting for its owner's password. */
    static final String PENDING_LINK = FranceConnectSignIn.class.getName() + ".pendingLink";
    private static final String RETURN_TO = FranceConnectSignIn.class.getName() + ".returnTo";
    private static final Logger log = LoggerFactory.getLogger(FranceConnectSignIn.class);

    private FranceConnectSignIn() {
    }

    /** FranceConnect's authorization request: Spring's, plus {@code acr_values=eidas1}. */
    static OAuth2AuthorizationRequestResolver requests(ClientRegistrationRepository registrations) {
        var resolver = new DefaultOAuth2AuthorizationRequestResolver(registrations,
                OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        // The agents' provider's request (same resolver, registration "agents") is Spring's own.
        resolver.setAuthorizationRequestCustomizer(request -> request.attributes(attributes -> {
            if (!AgentProviderSignIn.REGISTRATION_ID.equals(attributes.get(OAuth2ParameterNames.REGISTRATION_ID))) {
                request.additionalParameters(parameters -> parameters.put("acr_values", "eidas1"));
            }
        }));
        return resolver;
    }

    /**
     * Runs before the redirect to FranceConnect: a commune without registration, or whose provider does not answer,
     * gets the portal's French page instead; the portal page to come back to ({@code retour}) is kept.
     */
    static final class Gate extends OncePerRequestFilter {

        private final FranceConnectAvailability availability;

        Gate(FranceConnectAvailability availability) {
            this.availability = availability;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !START.equals(request.getRequestURI().substring(request.getContextPath().length()));
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            @Nullable Reason refused = switch (availability.current()) {
                case READY -> null;
                case NOT_OFFERED -> Reason.NOT_OFFERED;
                case UNAVAILABLE -> Reason.UNAVAILABLE;
            };
            if (refused != null) {
                log.warn("FranceConnect sign-in not started: {}", refused);
                response.sendRedirect(request.getContextPath() + ERROR_PAGE + "?motif=" + refused.code());
                return;
            }
            String target = CitizenSignIn.returnTo(request);
            if (!target.isEmpty()) {
                request.getSession().setAttribute(RETURN_TO, target);
            }
            chain.doFilter(request, response);
        }
    }

    static void succeeded(HttpServletRequest request, HttpServletResponse response, Authentication citizen)
            throws IOException {
        Object target = request.getSession().getAttribute(RETURN_TO);
        request.getSession().removeAttribute(RETURN_TO);
        response.sendRedirect(request.getContextPath() + "/" + (target instanceof String path ? path : "mon-compte"));
    }

    static void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (failure instanceof AccountToLink link) {
            request.getSession().setAttribute(PENDING_LINK, link.identity());
            log.info("FranceConnect identity waiting for its owner's password to link an existing account");
            response.sendRedirect(request.getContextPath() + CitizenSignIn.PATH + "?lier-franceconnect");
            return;
        }
        Reason reason = reason(failure);
        log.warn("FranceConnect sign-in failed ({}): {}", reason, failure.getMessage());
        response.sendRedirect(request.getContextPath() + ERROR_PAGE + "?motif=" + reason.code());
    }

    /** Spring Security's OAuth 2.0 error codes, and ours, as the reasons the portal explains. */
    static Reason reason(AuthenticationException failure) {
        if (failure instanceof FranceConnectRefused refused) {
            return refused.reason();
        }
        if (!(failure instanceof OAuth2AuthenticationException oauth)) {
            return Reason.OTHER;
        }
        return switch (OidcFailure.of(oauth)) {
            case STATE -> Reason.STATE;
            case CODE -> Reason.CODE;
            case TOKEN -> Reason.TOKEN;
            case UNAVAILABLE -> Reason.UNAVAILABLE;
            case CANCELLED -> Reason.CANCELLED;
            case NO_REGISTRATION -> Reason.NOT_OFFERED;
            case OTHER -> Reason.OTHER;
        };
    }

    /** The identity waiting to be linked in this session, if any, removed from it. */
    static @Nullable CertifiedIdentity takePendingLink(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session == null || !(session.getAttribute(PENDING_LINK) instanceof CertifiedIdentity identity)) {
            return null;
        }
        session.removeAttribute(PENDING_LINK);
        return identity;
    }
}
