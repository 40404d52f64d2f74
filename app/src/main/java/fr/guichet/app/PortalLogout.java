package fr.guichet.app;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import fr.guichet.agentproviders.AgentProviderSignIn;
import fr.guichet.franceconnect.FranceConnectLogout;
import fr.guichet.franceconnect.FranceConnectRegistrations;
import fr.guichet.identity.CitizenLinks;
import fr.guichet.identity.FranceConnectCitizen;
import fr.guichet.identity.ProviderAgent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;

/**
 * Where signing out leads: the site's root, except for a citizen signed in through FranceConnect, who goes through
 * FranceConnect's {@code session/end} (with {@code id_token_hint}, {@code state} and the portal as
 * {@code post_logout_redirect_uri}) so that the FranceConnect session ends too, and an agent signed in through the
 * commune's provider, who goes through its {@code end_session_endpoint} when it has one and back to the agents'
 * sign-in page. The local session is already gone.
 */
final class PortalLogout extends SimpleUrlLogoutSuccessHandler {

    private static final String AGENTS_SIGN_IN = SecurityConfiguration.SIGN_IN.substring(1);

    private final FranceConnectRegistrations registrations;
    private final AgentProviderSignIn agentProviders;
    private final SecureRandom random = new SecureRandom();

    PortalLogout(FranceConnectRegistrations registrations, AgentProviderSignIn agentProviders) {
        this.registrations = registrations;
        this.agentProviders = agentProviders;
        setDefaultTargetUrl("/");
        // Signing out is a Vaadin round trip: the redirect must be a page location change, as Vaadin's own handler does.
        setRedirectStrategy(new UidlRedirectStrategy());
    }

    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
            @Nullable Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof FranceConnectCitizen citizen) {
            return FranceConnectLogout.endSession(registrations, citizen, CitizenLinks.portalRoot(request), state())
                    .orElseGet(() -> super.determineTargetUrl(request, response));
        }
        if (authentication != null && authentication.getPrincipal() instanceof ProviderAgent agent) {
            // Back to the agents' sign-in page, the address registered at the provider after logout.
            return agentProviders.endSession(agent, CitizenLinks.portalRoot(request) + AGENTS_SIGN_IN, state())
                    .orElseGet(() -> super.determineTargetUrl(request, response));
        }
        return super.determineTargetUrl(request, response);
    }

    private String state() {
        byte[] state = new byte[16];
        random.nextBytes(state);
        return HexFormat.of().formatHex(state);
    }
}
