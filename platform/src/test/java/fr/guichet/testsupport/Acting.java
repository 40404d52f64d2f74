package fr.guichet.testsupport;

import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantContext;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs test work as someone (a signed-in name with roles) and for a tenant, restoring what was there before. */
public final class Acting {

    private Acting() {
    }

    /** Runs {@code work} signed in as {@code name} with these authorities ({@code ROLE_AGENT}…). */
    public static <T> T as(String name, Supplier<T> work, String... authorities) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name,
                null, AuthorityUtils.createAuthorityList(authorities)));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    /** Runs {@code work} for {@code tenant}, as its HTTP requests are. */
    public static <T> T in(Tenant tenant, Supplier<T> work) {
        return TenantContext.supplyAs(tenant.asCurrent(), work);
    }
}
