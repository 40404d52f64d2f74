package fr.guichet.branding;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantDirectory;
import fr.guichet.tenancy.TenantId;
import fr.guichet.tenancy.TenantProvisioned;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and changes tenants' branding. Reads are cached per tenant id (the tenant is in every key); changes are
 * validated first (WCAG AA contrast, logo checks) and write nothing when refused.
 */
@Service
public class BrandingService {

    private final BrandingStore store;
    private final TenantDirectory tenants;
    private final Clock clock;
    private final Cache<TenantId, Branding> cache = Caffeine.newBuilder().maximumSize(50_000)
            .expireAfterWrite(Duration.ofSeconds(30)).build();

    BrandingService(BrandingStore store, TenantDirectory tenants, Clock clock) {
        this.store = store;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** Branding of a tenant, defaults (its official name, platform colours) until it is customised. */
    public Branding of(Tenant tenant) {
        return cache.get(tenant.id(), id -> store.find(id).orElseGet(() -> Branding.defaultsFor(tenant.officialName())));
    }

    /** Branding of the tenant of the current request. */
    public Branding current() {
        return of(tenants.current());
    }

    @Transactional
    @PreAuthorize("hasRole('OPERATOR') or (hasRole('EPCI_ADMIN') and @operatorScopes.maySee(#tenant))")
    public Branding update(Tenant tenant, BrandingChange change) {
        List<String> problems = new ArrayList<>();
        String name = change.displayName().strip();
        if (name.length() < 2 || name.length() > 120) {
            problems.add("Le nom affiché doit compter entre 2 et 120 caractères.");
        }
        String banner = blankToNull(change.bannerText());
        if (banner != null && banner.length() > 300) {
            problems.add("Le bandeau d’information ne doit pas dépasser 300 caractères (actuellement "
                    + banner.length() + ").");
        }
        BrandColour primary = parse(change.primaryColour(), "principale", problems);
        BrandColour secondary = parse(change.secondaryColour(), "secondaire", problems);
        if (primary != null && secondary != null) {
            try {
                ContrastPolicy.check(primary, secondary);
            } catch (InvalidBranding contrast) {
                problems.addAll(contrast.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidBranding(problems);
        }
        store.save(tenant.id(), new BrandingChange(name, primary.hex(), secondary.hex(), banner), clock.instant());
        cache.invalidate(tenant.id());
        return of(tenant);
    }

    /** Stores a logo after {@link LogoPolicy} accepted it (type from content, size, SVG without active content). */
    @Transactional
    @PreAuthorize("hasRole('OPERATOR') or (hasRole('EPCI_ADMIN') and @operatorScopes.maySee(#tenant))")
    public Branding uploadLogo(Tenant tenant, String fileName, byte[] content) {
        Logo logo = LogoPolicy.check(fileName, content);
        Branding current = of(tenant);
        store.save(tenant.id(), new BrandingChange(current.displayName(), current.primary().hex(),
                current.secondary().hex(), current.bannerText()), clock.instant());
        store.saveLogo(tenant.id(), logo, clock.instant());
        cache.invalidate(tenant.id());
        return of(tenant);
    }

    @Transactional
    @PreAuthorize("hasRole('OPERATOR') or (hasRole('EPCI_ADMIN') and @operatorScopes.maySee(#tenant))")
    public Branding removeLogo(Tenant tenant) {
        store.removeLogo(tenant.id(), clock.instant());
        cache.invalidate(tenant.id());
        return of(tenant);
    }

    /** The logo of the tenant of the current request, if it has one. */
    public Optional<Logo> currentLogo() {
        return store.logo(tenants.current().id());
    }

    @EventListener
    void on(TenantProvisioned event) {
        cache.invalidate(event.tenantId());
    }

    private static @Nullable BrandColour parse(String value, String which, List<String> problems) {
        try {
            return BrandColour.of(value);
        } catch (InvalidBranding e) {
            problems.add("Couleur " + which + " : " + String.join(" ", e.problems()));
            return null;
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
