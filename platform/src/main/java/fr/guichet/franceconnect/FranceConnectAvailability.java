package fr.guichet.franceconnect;

import fr.guichet.oidc.ProviderReachability;
import java.util.Optional;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.stereotype.Component;

/**
 * Whether the current commune's FranceConnect can be used now: checked before sending the citizen there, so that
 * a provider that is down gives a French page on the portal instead of the browser's connection error
 * ({@link ProviderReachability}, cached per provider for half a minute).
 */
@Component
public class FranceConnectAvailability {

    /** The answer for the current commune. */
    public enum State { READY, NOT_OFFERED, UNAVAILABLE }

    private final FranceConnectRegistrations registrations;
    private final ProviderReachability reachability;

    FranceConnectAvailability(FranceConnectRegistrations registrations, ProviderReachability reachability) {
        this.registrations = registrations;
        this.reachability = reachability;
    }

    public State current() {
        Optional<ClientRegistration> registration = registrations.current();
        if (registration.isEmpty()) {
            return State.NOT_OFFERED;
        }
        String jwks = registration.get().getProviderDetails().getJwkSetUri();
        return reachability.answers(jwks) ? State.READY : State.UNAVAILABLE;
    }
}
