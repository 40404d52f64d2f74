package fr.guichet.identity;

import fr.guichet.forms.FormDefinition;
import fr.guichet.tenancy.TenantContext;
import fr.guichet.tenancy.TenantTransactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The signed-in citizen's profile: read, changed (certified fields excepted) and used to prefill forms, so that the
 * same information is never asked twice. Only for a citizen signed in on the current tenant's portal.
 */
@Service
public class CitizenProfiles {

    private final Citizens citizens;
    private final Clock clock;

    CitizenProfiles(Citizens citizens, Clock clock) {
        this.citizens = citizens;
        this.clock = clock;
    }

    /** The signed-in citizen's account id in the current tenant. */
    @PreAuthorize("hasRole('CITIZEN')")
    public UUID currentId() {
        return signedInId();
    }

    /** The account id of the citizen signed in on the current tenant's portal; refused for anyone else. */
    static UUID signedInId() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof CitizenUser user)
                || !user.realm().equals(TenantContext.requiredTenant().id().toString())) {
            throw new AccessDeniedException("Not a citizen of this tenant");
        }
        return user.citizen().value();
    }

    /** Whether the caller is a citizen signed in on this tenant's portal. */
    public static boolean signedInHere() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CitizenUser user
                && TenantContext.current().map(t -> t.id().toString().equals(user.realm())).orElse(false);
    }

    @TenantTransactional(readOnly = true)
    @PreAuthorize("hasRole('CITIZEN')")
    public CitizenProfile current() {
        return signedIn().profile();
    }

    /**
     * Stores the profile once every field passes its checks.
     *
     * @throws ProfileRefused with every problem at once, in French, a certified field changed included
     */
    @TenantTransactional
    @PreAuthorize("hasRole('CITIZEN')")
    public CitizenProfile update(ProfileChange change) {
        Citizen citizen = signedIn();
        Map<ProfileField, @Nullable String> values = ProfileChecks.check(change, citizen.profile(),
                LocalDate.now(clock));
        citizen.updateProfile(values, change.preferredChannel(), clock.instant());
        return citizen.profile();
    }

    /**
     * A citizen's profile, for the platform's own use on their behalf (the postal address of a letter they asked for
     * by choosing post); never shown to a caller without the citizen's request open.
     */
    @TenantTransactional(readOnly = true)
    public Optional<CitizenProfile> profileOf(UUID citizenId) {
        return citizens.findById(citizenId).map(Citizen::profile);
    }

    /** The answers the signed-in citizen's profile suggests for {@code form}, by field key. */
    @TenantTransactional(readOnly = true)
    @PreAuthorize("hasRole('CITIZEN')")
    public Map<String, Prefill> prefill(FormDefinition form) {
        return signedIn().profile().prefill(form);
    }

    /**
     * The signed-in citizen's civil status as FranceConnect certified it; empty for a password account or an
     * incomplete identity (outside services are then never asked).
     */
    @TenantTransactional(readOnly = true)
    @PreAuthorize("hasRole('CITIZEN')")
    public Optional<CivilStatus> certifiedCivilStatus() {
        return signedIn().civilStatus();
    }

    private Citizen signedIn() {
        return citizens.findById(signedInId())
                .orElseThrow(() -> new AccessDeniedException("This citizen's account no longer exists"));
    }
}
