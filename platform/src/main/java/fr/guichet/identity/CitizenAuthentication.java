package fr.guichet.identity;

import fr.guichet.tenancy.TenantContext;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Signs citizens in on their commune's portal, apart from agents: its own authentication manager looks up the
 * tenant's citizens only, so an agent's credentials never open a citizen session (nor the other way round, since
 * {@code SignInAccounts} looks up agents only). Wrong address and wrong password fail alike; an account whose
 * address is not confirmed fails with {@link CitizenNotConfirmed}, but only after its password matched.
 *
 * <p>Deliberately not a {@code UserDetailsService} or {@code AuthenticationProvider} bean: Spring Security would then
 * stop building the agents' sign-in from {@code SignInAccounts}.
 */
@Component
public class CitizenAuthentication {

    /** The role of a signed-in citizen, without Spring's {@code ROLE_} prefix. */
    public static final String ROLE = "CITIZEN";

    private final AuthenticationManager manager;

    CitizenAuthentication(Citizens citizens, PasswordEncoder passwords) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(email -> find(citizens, email));
        provider.setPasswordEncoder(passwords);
        provider.setPreAuthenticationChecks(user -> {
            // nothing before the password: a disabled account must not answer differently to a wrong password
        });
        provider.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new CitizenNotConfirmed();
            }
        });
        this.manager = new ProviderManager(provider);
    }

    /** Authenticates an email and password against the current tenant's citizens. */
    public AuthenticationManager manager() {
        return manager;
    }

    private static UserDetails find(Citizens citizens, String email) {
        var tenant = TenantContext.current().orElseThrow(() -> new UsernameNotFoundException("No tenant"));
        return citizens.findByEmail(EmailAddresses.normalise(email)).map(citizen -> new CitizenUser(citizen, tenant))
                .orElseThrow(() -> new UsernameNotFoundException("No citizen with this address here"));
    }
}
