package fr.guichet.tenancy;

import fr.guichet.territories.OfficialCommune;
import fr.guichet.territories.OfficialEpci;
import fr.guichet.territories.OfficialTerritories;
import fr.guichet.territories.Slugs;
import fr.guichet.tenancy.internal.TenantRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Checks a provisioning request before anything is written; every problem found is reported at once. */
@Component
class ProvisioningValidation {

    static final Set<String> RESERVED_SLUGS = Set.of("admin", "www", "api", "agents", "static", "mail", "smtp",
            "auth", "login", "connexion", "guichet", "operateur", "demo", "test", "status", "assets");

    private final OfficialTerritories territories;
    private final TenantRepository tenants;
    private final HostingProperties hosting;

    ProvisioningValidation(OfficialTerritories territories, TenantRepository tenants, HostingProperties hosting) {
        this.territories = territories;
        this.tenants = tenants;
        this.hosting = hosting;
    }

    ValidatedRequest validate(ProvisioningRequest request) {
        List<String> problems = new ArrayList<>();
        String officialName = officialName(request, problems);
        checkSlug(request.slug(), problems);
        if (problems.isEmpty()) {
            return new ValidatedRequest(request, Objects.requireNonNull(officialName));
        }
        throw new InvalidTenantRequest(problems);
    }

    /**
     * A free slug for a commune: its name, or when that is taken (many communes share a name), its name followed by
     * its department, then by its INSEE code.
     */
    String freeSlugFor(OfficialCommune commune) {
        String base = Slugs.slugify(commune.name());
        for (String suffix : List.of("", "-" + commune.departmentCode(), "-" + commune.inseeCode())) {
            String candidate = shortened(base, suffix.length()) + suffix.toLowerCase(java.util.Locale.ROOT);
            if (Slugs.isValid(candidate) && !RESERVED_SLUGS.contains(candidate)
                    && tenants.findBySlug(candidate).isEmpty()
                    && !tenants.hostExists(hosting.defaultHostFor(candidate))) {
                return candidate;
            }
        }
        return base;
    }

    private static String shortened(String slug, int room) {
        if (slug.length() + room <= Slugs.MAX_LENGTH) {
            return slug;
        }
        return slug.substring(0, Slugs.MAX_LENGTH - room).replaceAll("-+$", "");
    }

    private String officialName(ProvisioningRequest request, List<String> problems) {
        String code = request.officialCode().strip();
        if (request.kind() == TenantKind.EPCI) {
            Optional<OfficialEpci> epci = territories.epci(code);
            if (epci.isEmpty()) {
                problems.add("Le numéro SIREN « " + code + " » ne correspond à aucune intercommunalité de la liste officielle.");
                return null;
            }
            return epci.get().name();
        }
        Optional<OfficialCommune> commune = territories.commune(code);
        if (commune.isEmpty()) {
            problems.add("Le code INSEE « " + code + " » ne correspond à aucune commune de la liste officielle.");
            return null;
        }
        if (request.parentEpci() != null) {
            checkMembership(commune.get(), request.parentEpci(), problems);
        }
        return commune.get().name();
    }

    private void checkMembership(OfficialCommune commune, TenantId parentId, List<String> problems) {
        Optional<Tenant> parent = tenants.findById(parentId);
        if (parent.isEmpty() || parent.get().kind() != TenantKind.EPCI) {
            problems.add("L’intercommunalité de rattachement est inconnue.");
        } else if (!parent.get().officialCode().equals(commune.epciSiren())) {
            problems.add("La commune " + commune.name() + " n’est pas membre de " + parent.get().officialName()
                    + " : une intercommunalité ne peut raccorder que ses communes membres.");
        }
    }

    private void checkSlug(String slug, List<String> problems) {
        if (!Slugs.isValid(slug)) {
            problems.add("L’identifiant « " + slug + " » n’est pas valide : utilisez des lettres minuscules sans "
                    + "accent, des chiffres et des tirets (50 caractères au plus, sans tiret au début ni à la fin).");
            return;
        }
        if (RESERVED_SLUGS.contains(slug)) {
            problems.add("L’identifiant « " + slug + " » est réservé. Choisissez-en un autre.");
            return;
        }
        tenants.findBySlug(slug).ifPresent(other -> problems.add("L’identifiant « " + slug
                + " » est déjà utilisé par " + other.officialName() + ". Choisissez-en un autre."));
        String host = hosting.defaultHostFor(slug);
        if (!HostNames.isValid(host)) {
            problems.add("L’adresse " + host + " n’est pas un nom d’hôte valide.");
        } else if (host.equals(hosting.operatorHost()) || tenants.hostExists(host)) {
            problems.add("L’adresse " + host + " est déjà utilisée par une autre collectivité.");
        }
    }
}
