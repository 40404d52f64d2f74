package fr.guichet.tenancy;

/** What a request's Host header designates. */
public sealed interface Site {

    /** Request attribute under which the tenant filter leaves the resolved {@link Site}. */
    String REQUEST_ATTRIBUTE = Site.class.getName();

    /** The operator host: tenant-admin. */
    record Operator() implements Site {
    }

    /** A tenant's host (default or custom domain): portal and back office. */
    record OfTenant(Tenant tenant) implements Site {
    }

    /** A well-formed host that no tenant answers to (or a tenant that is not open). */
    record Unknown() implements Site {
    }

    /** A Host header that is not a valid host name. */
    record Invalid() implements Site {
    }
}
