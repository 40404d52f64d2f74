package fr.guichet.app;

import fr.guichet.identity.CitizenAccounts;
import fr.guichet.identity.CitizenAuthentication;
import fr.guichet.identity.CitizenLinks;
import fr.guichet.identity.CitizenNotConfirmed;
import fr.guichet.identity.CertifiedIdentity;
import fr.guichet.identity.FranceConnectAccounts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The citizens' sign-in, beside the agents' form login that Vaadin's configurer owns (decision 009): a POST to
 * {@code /mon-compte/connexion} is authenticated by {@link CitizenAuthentication} only, with the same session
 * protections as the form login (new session id, new CSRF token, context saved in the session). Success leads to
 * the page named by {@code retour} (a path of the portal) or to the citizen's account; failure back to the sign-in
 * page with {@code erreur}, or {@code non-confirmee} and a fresh link when the password was right but the address is
 * not confirmed yet.
 */
final class CitizenSignIn extends AbstractHttpConfigurer<CitizenSignIn, HttpSecurity> {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CitizenSignIn.class);

    static final String PATH = "/" + CitizenLinks.SIGN_IN;
    static final String EMAIL = "email";
    static final String PASSWORD = "password";
    static final String RETURN_TO = "retour";
    private static final String ACCOUNT = "mon-compte";
    /** A path of the portal, relative to its root: never another host, never a scheme. */
    private static final Pattern PORTAL_PATH = Pattern.compile("[a-z0-9][a-z0-9/_-]{0,199}");

    private final CitizenAuthentication authentication;
    private final CitizenAccounts accounts;
    private final FranceConnectAccounts franceConnect;

    CitizenSignIn(CitizenAuthentication authentication, CitizenAccounts accounts, FranceConnectAccounts franceConnect) {
        this.authentication = authentication;
        this.accounts = accounts;
        this.franceConnect = franceConnect;
    }

    @Override
    public void configure(HttpSecurity http) {
        var filter = new UsernamePasswordAuthenticationFilter(authentication.manager());
        filter.setRequiresAuthenticationRequestMatcher(
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, PATH));
        filter.setUsernameParameter(EMAIL);
        filter.setPasswordParameter(PASSWORD);
        SessionAuthenticationStrategy sessions = http.getSharedObject(SessionAuthenticationStrategy.class);
        if (sessions != null) {
            filter.setSessionAuthenticationStrategy(sessions);
        }
        SecurityContextRepository contexts = http.getSharedObject(SecurityContextRepository.class);
        filter.setSecurityContextRepository(contexts != null ? contexts : new DelegatingSecurityContextRepository(
                new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository()));
        filter.setAuthenticationSuccessHandler(this::succeeded);
        filter.setAuthenticationFailureHandler(this::failed);
        http.addFilterBefore(postProcess(filter), UsernamePasswordAuthenticationFilter.class);
    }

    private void succeeded(HttpServletRequest request, HttpServletResponse response, Authentication citizen)
            throws IOException {
        CertifiedIdentity pending = FranceConnectSignIn.takePendingLink(request);
        if (pending != null) {
            // The owner of the address proved it with the password: FranceConnect's identity joins the account.
            // The filter keeps the holder strategy it was built with; services' @PreAuthorize read the one in force
            // now (Vaadin's, installed later): the signed-in citizen must be there for the link.
            SecurityContextHolder.getContext().setAuthentication(citizen);
            boolean linked;
            try {
                linked = franceConnect.link(pending);
            } catch (RuntimeException e) {
                log.warn("FranceConnect link after a password sign-in failed", e);
                linked = false;
            }
            response.sendRedirect(request.getContextPath() + "/" + ACCOUNT + "?"
                    + (linked ? "franceconnect-lie" : "franceconnect-non-lie"));
            return;
        }
        String target = returnTo(request);
        response.sendRedirect(request.getContextPath() + "/" + (target.isEmpty() ? ACCOUNT : target));
    }

    private void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        String outcome = "erreur";
        if (failure instanceof CitizenNotConfirmed) {
            accounts.sendNewConfirmationLink(String.valueOf(request.getParameter(EMAIL)),
                    CitizenLinks.portalRoot(request));
            outcome = "non-confirmee";
        }
        String target = returnTo(request);
        var session = request.getSession(false);
        if (session != null && session.getAttribute(FranceConnectSignIn.PENDING_LINK) != null) {
            outcome += "&lier-franceconnect";
        }
        response.sendRedirect(request.getContextPath() + PATH + "?" + outcome
                + (target.isEmpty() ? "" : "&" + RETURN_TO + "=" + target));
    }

    /** The portal path to go back to, or empty when none (or not a path of the portal) was given. */
    static String returnTo(HttpServletRequest request) {
        String target = request.getParameter(RETURN_TO);
        return target != null && PORTAL_PATH.matcher(target).matches() && !target.contains("//") ? target : "";
    }
}
