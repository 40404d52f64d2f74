package fr.guichet.tenancy;

/** Tenant data was accessed by code running for no tenant: a programming error, never a default schema. */
public class NoTenantInContext extends IllegalStateException {

    public NoTenantInContext() {
        super("No tenant in context: tenant data may only be accessed inside TenantContext (request filter or TenantContext.callAs)");
    }
}
