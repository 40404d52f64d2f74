package fr.guichet.tenancy;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

/**
 * The one owner of "which tenant is this work for". Set by the tenant filter for each HTTP request and by
 * {@link #callAs} for background work; plain (not inheritable) thread-local, so a pooled thread never
 * inherits a tenant by accident: hand it over explicitly with {@link #wrap(Runnable)}.
 */
public final class TenantContext {

    /** Key of the tenant slug in the logging MDC. */
    public static final String MDC_KEY = "tenant";

    private static final ThreadLocal<CurrentTenant> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    /** The tenant of the current work, if any. */
    public static Optional<CurrentTenant> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The tenant of the current work; throws {@link NoTenantInContext} when there is none. */
    public static CurrentTenant requiredTenant() {
        CurrentTenant tenant = CURRENT.get();
        if (tenant == null) {
            throw new NoTenantInContext();
        }
        return tenant;
    }

    /** Runs {@code work} for {@code tenant}, restoring whatever was there before (usually nothing). */
    public static <T> T callAs(CurrentTenant tenant, Callable<T> work) throws Exception {
        CurrentTenant previous = CURRENT.get();
        set(tenant);
        try {
            return work.call();
        } finally {
            restore(previous);
        }
    }

    /** Like {@link #callAs} for work that returns a value and throws no checked exception. */
    public static <T> T supplyAs(CurrentTenant tenant, Supplier<T> work) {
        return with(tenant, work);
    }

    /** Like {@link #callAs} for work that throws no checked exception. */
    public static void runAs(CurrentTenant tenant, Runnable work) {
        runWith(tenant, work);
    }

    /** Captures the current tenant (or its absence) so that another thread runs {@code work} for it. */
    public static Runnable wrap(Runnable work) {
        CurrentTenant captured = CURRENT.get();
        return () -> runWith(captured, work);
    }

    private static void runWith(@Nullable CurrentTenant tenant, Runnable work) {
        with(tenant, () -> {
            work.run();
            return null;
        });
    }

    private static <T> T with(@Nullable CurrentTenant tenant, Supplier<T> work) {
        CurrentTenant previous = CURRENT.get();
        restore(tenant);
        try {
            return work.get();
        } finally {
            restore(previous);
        }
    }

    /** Binds a tenant for the rest of this thread's current unit of work. Callers must {@link #clear()} in finally. */
    public static void set(CurrentTenant tenant) {
        CURRENT.set(tenant);
        MDC.put(MDC_KEY, tenant.slug());
    }

    /** Unbinds any tenant from this thread. */
    public static void clear() {
        CURRENT.remove();
        MDC.remove(MDC_KEY);
    }

    private static void restore(@Nullable CurrentTenant previous) {
        if (previous == null) {
            clear();
        } else {
            set(previous);
        }
    }
}
