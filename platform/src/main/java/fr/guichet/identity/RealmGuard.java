package fr.guichet.identity;

import fr.guichet.tenancy.Site;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a session used on a host that is not its own: an agent's session only works on its commune's hosts, an
 * operator's only on the operator host. Ends an agent's session when the account was deactivated or its roles changed
 * since signing in ({@link AgentStanding}). Runs just inside Spring Security's filter chain (order -99), so the
 * security context of the request is loaded.
 */
@Component
@Order(-99)
class RealmGuard extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RealmGuard.class);

    private final AgentStanding standing;

    RealmGuard(AgentStanding standing) {
        this.standing = standing;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof GuichetUser user
                && request.getAttribute(Site.REQUEST_ATTRIBUTE) instanceof Site site) {
            if (!user.realm().equals(realmOf(site))) {
                log.warn("Session of realm {} used on another site; session invalidated", user.realm());
                end(request);
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            if (site instanceof Site.OfTenant && !(user instanceof CitizenUser) && !standing.stillValid(user)) {
                // Deactivated, or roles changed since signing in: sign in again (with the new roles, if any).
                log.info("Session of an agent of realm {} ended: the account changed since sign-in", user.realm());
                end(request);
            }
        }
        chain.doFilter(request, response);
    }

    private static void end(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    private static String realmOf(Site site) {
        return switch (site) {
            case Site.Operator _ -> GuichetUser.OPERATOR_REALM;
            case Site.OfTenant(var tenant) -> tenant.id().toString();
            case Site.Unknown _, Site.Invalid _ -> "";
        };
    }
}
