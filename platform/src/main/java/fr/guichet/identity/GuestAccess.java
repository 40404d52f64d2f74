package fr.guichet.identity;

import fr.guichet.tenancy.TenantTransactional;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Citizens who go on without an account: each request of a guest is followed through a link whose unguessable token
 * is bound to the guest's address, in the current tenant only. The requests feature issues a link when a guest
 * submits and sends it with the requests' notifications; its tracking page resolves the token back to the
 * address. Only the token's hash is stored.
 */
@Service
public class GuestAccess {

    private final GuestPasses passes;
    private final Clock clock;

    GuestAccess(GuestPasses passes, Clock clock) {
        this.passes = passes;
        this.clock = clock;
    }

    /**
     * A new tracking link for {@code email}, under the portal's {@link CitizenLinks#TRACKING} path.
     *
     * @param portalUrl the portal's root
     */
    @TenantTransactional
    public TrackingLink issue(String email, String portalUrl) {
        if (!EmailAddresses.isValid(email)) {
            throw new IllegalArgumentException("A tracking link needs a valid email address");
        }
        String token = SecretTokens.newToken();
        passes.save(new GuestPass(SecretTokens.hash(token), EmailAddresses.normalise(email), clock.instant()));
        return new TrackingLink(token, CitizenLinks.link(portalUrl, CitizenLinks.TRACKING + "/" + token));
    }

    /** The address a tracking token was issued for in the current tenant; empty for any other token. */
    @TenantTransactional(readOnly = true)
    public Optional<String> resolve(String token) {
        return passes.findById(SecretTokens.hash(token)).map(GuestPass::email);
    }

    /** A tracking token and the link that carries it. */
    public record TrackingLink(String token, String link) {
    }
}
