package fr.guichet.franceconnect;

import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * Spring Security's client registrations, keyed by the current tenant: {@code franceconnect} is the registration of
 * the commune whose host the request came to, or none. Commune A's registration is never found on commune B's host.
 */
@Component
class TenantClientRegistrations implements ClientRegistrationRepository {

    private final FranceConnectRegistrations registrations;

    TenantClientRegistrations(FranceConnectRegistrations registrations) {
        this.registrations = registrations;
    }

    @Override
    public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
        return FranceConnectProvider.REGISTRATION_ID.equals(registrationId)
                ? registrations.current().orElse(null) : null;
    }
}
