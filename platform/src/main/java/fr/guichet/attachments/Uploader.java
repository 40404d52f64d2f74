package fr.guichet.attachments;

import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.WebUtils;

/**
 * Whoever uploads a file before the request exists: a browser session (a random token kept in the HTTP session,
 * which survives a change of session id at sign-in) or a citizen's account. Only the same uploader may attach a
 * pending file to a request: a reference copied from someone else's answers attaches nothing.
 *
 * @param key what is stored with a pending file; never sent to the browser
 */
public record Uploader(String key) {

    private static final String SESSION_ATTRIBUTE = Uploader.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    public Uploader {
        if (key.isBlank() || key.length() > 100) {
            throw new IllegalArgumentException("An uploader key is 1 to 100 characters long");
        }
    }

    public static Uploader citizen(UUID citizenId) {
        return new Uploader("citizen:" + citizenId);
    }

    /** The uploader of a browser session, created with the session's first upload. */
    public static Uploader ofSession(HttpSession session) {
        synchronized (WebUtils.getSessionMutex(session)) {
            if (session.getAttribute(SESSION_ATTRIBUTE) instanceof String token) {
                return new Uploader("session:" + token);
            }
            byte[] bytes = new byte[24];
            RANDOM.nextBytes(bytes);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            session.setAttribute(SESSION_ATTRIBUTE, token);
            return new Uploader("session:" + token);
        }
    }

    /** The uploader of the HTTP request this thread serves, if it has a session (none in background work). */
    public static Optional<Uploader> ofCurrentRequest() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            return Optional.ofNullable(session).map(Uploader::ofSession);
        }
        return Optional.empty();
    }
}
