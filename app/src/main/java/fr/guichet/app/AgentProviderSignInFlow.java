package fr.guichet.app;

import fr.guichet.agentproviders.AgentProviderRefused;
import fr.guichet.agentproviders.AgentProviderRefused.Reason;
import fr.guichet.agentproviders.AgentProviderSignIn;
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
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Agents' sign-in through the commune's OpenID Connect provider around Spring Security's login (decision 022), beside
 * citizens' FranceConnect in the same {@code oauth2Login}: before leaving the back office the provider must answer;
 * success leads to the back office, every failure back to the sign-in page with {@code ?fournisseur=<reason>}, which
 * the page explains in French (the English detail in the log).
 */
final class AgentProviderSignInFlow {

    static final String START = OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI
            + "/" + AgentProviderSignIn.REGISTRATION_ID;
    static final String CALLBACK = "/login/oauth2/code/" + AgentProviderSignIn.REGISTRATION_ID;
    static final String REFUSED = SecurityConfiguration.SIGN_IN + "?fournisseur=";
    private static final String BACK_OFFICE = "/agents";
    private static final Logger log = LoggerFactory.getLogger(AgentProviderSignInFlow.class);

    private AgentProviderSignInFlow() {
    }

    /** Whether this request is the return from the agents' provider (else: FranceConnect's). */
    static boolean isCallback(HttpServletRequest request) {
        return path(request).equals(CALLBACK);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** Runs before the redirect to the provider: a commune without one, or whose provider is down, says so. */
    static final class Gate extends OncePerRequestFilter {

        private final AgentProviderSignIn providers;

        Gate(AgentProviderSignIn providers) {
            this.providers = providers;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !START.equals(path(request));
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            @Nullable Reason refused = switch (providers.current()) {
                case READY -> null;
                case NOT_OFFERED -> Reason.NOT_OFFERED;
                case UNAVAILABLE -> Reason.UNAVAILABLE;
            };
            if (refused != null) {
                log.warn("Agents' provider sign-in not started: {}", refused);
                response.sendRedirect(request.getContextPath() + REFUSED + refused.code());
                return;
            }
            chain.doFilter(request, response);
        }
    }

    static void succeeded(HttpServletRequest request, HttpServletResponse response, Authentication agent)
            throws IOException {
        response.sendRedirect(request.getContextPath() + BACK_OFFICE);
    }

    static void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        Reason reason = reason(failure);
        log.warn("Agents' provider sign-in failed ({}): {}", reason, failure.getMessage());
        response.sendRedirect(request.getContextPath() + REFUSED + reason.code());
    }

    /** Spring Security's OAuth 2.0 error codes, and ours, as the reasons the sign-in page explains. */
    static Reason reason(AuthenticationException failure) {
        if (failure instanceof AgentProviderRefused refused) {
            return refused.reason();
        }
        if (!(failure instanceof OAuth2AuthenticationException oauth)) {
            return Reason.OTHER;
        }
        return switch (OidcFailure.of(oauth)) {
            case STATE -> Reason.STATE;
            case CODE -> Reason.CODE;
            case TOKEN -> Reason.TOKEN;
            // A registration that cannot be resolved now is a provider whose discovery document does not answer.
            case UNAVAILABLE, NO_REGISTRATION -> Reason.UNAVAILABLE;
            case CANCELLED -> Reason.CANCELLED;
            case OTHER -> Reason.OTHER;
        };
    }
}
