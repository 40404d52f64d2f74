package fr.guichet.identity;

import fr.guichet.tenancy.CurrentTenant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A citizen signed in on their commune's portal: only {@code ROLE_CITIZEN}, in the realm of that commune. */
class CitizenUser extends GuichetUser {

    private final UUID citizen;

    CitizenUser(Citizen account, CurrentTenant tenant) {
        super(account.email(), account.passwordHash(), account.isVerified(),
                List.of(new SimpleGrantedAuthority("ROLE_" + CitizenAuthentication.ROLE)), tenant.id().toString(),
                account.displayName());
        this.citizen = account.id().value();
    }

    CitizenId citizen() {
        return new CitizenId(citizen);
    }
}
