package fr.guichet.tenancy;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What to provision: a commune (by INSEE code) or an EPCI (by SIREN), under a slug. Codes and slugs are kept in
 * their official form (trimmed; Corsican INSEE codes upper case) so that "2a004 " and "2A004" are one commune.
 *
 * @param officialCode INSEE code of a commune or SIREN of an EPCI, checked against the official list
 * @param slug short name; the default host is {@code <slug>.<tenant domain>}
 * @param parentEpci for a commune, the EPCI tenant that provisions it (it must be a member), if any
 */
public record ProvisioningRequest(TenantKind kind, String officialCode, String slug, @Nullable TenantId parentEpci) {

    public ProvisioningRequest {
        officialCode = officialCode.strip().toUpperCase(Locale.ROOT);
        slug = slug.strip();
    }

    public static ProvisioningRequest commune(String inseeCode, String slug, @Nullable TenantId parentEpci) {
        return new ProvisioningRequest(TenantKind.COMMUNE, inseeCode, slug, parentEpci);
    }

    public static ProvisioningRequest epci(String siren, String slug) {
        return new ProvisioningRequest(TenantKind.EPCI, siren, slug, null);
    }
}
