package fr.guichet.identity;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The portal's addresses that the platform sends by email, relative to the portal's root. The portal's views are
 * registered at these very paths, so a link and its page never drift apart.
 */
public final class CitizenLinks {

    /** The citizens' sign-in page; a POST there signs a citizen in. */
    public static final String SIGN_IN = "mon-compte/connexion";
    /** The confirmation of a new account's address, followed by the link's token. */
    public static final String CONFIRMATION = "mon-compte/confirmation";
    /** A guest's tracking page, followed by the link's token (the requests feature serves it). */
    public static final String TRACKING = "suivi";

    private CitizenLinks() {
    }

    /** {@code portalUrl} (the portal's root, e.g. {@code https://annecy.guichet.fr/}) followed by {@code path}. */
    static String link(String portalUrl, String path) {
        return (portalUrl.endsWith("/") ? portalUrl : portalUrl + "/") + path;
    }

    /**
     * The root of the portal that {@code request} was made to, e.g. {@code https://annecy.guichet.fr/} (behind a
     * proxy, as the forwarded headers tell): links mailed from a request lead back to the same portal.
     */
    public static String portalRoot(HttpServletRequest request) {
        int port = request.getServerPort();
        boolean defaultPort = port == ("https".equals(request.getScheme()) ? 443 : 80);
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port)
                + request.getContextPath() + "/";
    }
}
