package fr.guichet.tenancy;

import java.util.UUID;

/** Identity of a tenant in the control plane. */
public record TenantId(UUID value) {

    public static TenantId random() {
        return new TenantId(UUID.randomUUID());
    }

    public static TenantId of(String value) {
        return new TenantId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
