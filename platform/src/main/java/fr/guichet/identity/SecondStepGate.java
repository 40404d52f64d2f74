package fr.guichet.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends an agent whose sign-in waits for a second step to that step whatever back-office page is asked for (the
 * address the sign-in form leads to included). The session has no role meanwhile, so views and services refuse it
 * anyway; this only puts the agent on the right page. Runs after {@link RealmGuard}.
 */
@Component
@Order(-98)
class SecondStepGate extends OncePerRequestFilter {

    /** The second step's page, on the commune's host. */
    static final String STEP_PATH = "/agents/verification";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("GET".equals(request.getMethod()) && request.getParameter("v-r") == null
                && (path.equals("/") || path.equals("/agents") || path.startsWith("/agents/"))
                && !path.equals(STEP_PATH) && SecondFactorSignIn.pending().isPresent()) {
            response.sendRedirect(request.getContextPath() + STEP_PATH);
            return;
        }
        chain.doFilter(request, response);
    }
}
