package fr.guichet.identity;

import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Changes who the current HTTP session is signed in as, once a second step is done or failed for good. */
final class SignedInSession {

    private SignedInSession() {
    }

    /**
     * From now on (this request and the session's next ones) the session is {@code user}'s, with its authorities, under
     * a new session id (as Spring Security does after a password), so that an id seen before the second step opens
     * nothing.
     */
    static void become(GuichetUser user) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getRequest().getSession(false) instanceof HttpSession session) {
            attributes.getRequest().changeSessionId();
            session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        }
    }

    /** Signs the session out: the password is needed again. */
    static void end() {
        SecurityContextHolder.clearContext();
        HttpSession session = session();
        if (session != null) {
            session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        }
    }

    private static @Nullable HttpSession session() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getSession(false) : null;
    }
}
