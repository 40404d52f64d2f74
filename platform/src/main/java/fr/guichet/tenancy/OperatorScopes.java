package fr.guichet.tenancy;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Scope of the signed-in operator: platform operators ({@code ROLE_OPERATOR}) act on every tenant; EPCI
 * administrators ({@code ROLE_EPCI_ADMIN}) carry an authority {@code EPCI_SCOPE:<tenant id>} and act on their EPCI
 * and its member communes only. Used in {@code @PreAuthorize} expressions as {@code @operatorScopes}.
 */
@Component("operatorScopes")
public class OperatorScopes {

    /** Authority prefix carrying the EPCI an administrator is limited to. */
    public static final String EPCI_SCOPE = "EPCI_SCOPE:";

    /** The EPCI the current operator is limited to; empty for a platform operator or no operator. */
    public Optional<TenantId> currentEpciScope() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return Optional.empty();
        }
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a != null && a.startsWith(EPCI_SCOPE))
                .map(a -> TenantId.of(a.substring(EPCI_SCOPE.length()))).findFirst();
    }

    /** Whether the current EPCI administrator may provision a commune under {@code parent}. */
    public boolean mayProvisionUnder(@Nullable TenantId parent) {
        return administers(parent);
    }

    /** Whether the current operator is the administrator of this very EPCI (platform operators are not). */
    public boolean administers(@Nullable TenantId epci) {
        return epci != null && currentEpciScope().filter(epci::equals).isPresent();
    }

    /** Whether the current operator may see or change {@code tenant}. */
    public boolean maySee(Tenant tenant) {
        Optional<TenantId> scope = currentEpciScope();
        return scope.isEmpty() || scope.get().equals(tenant.id()) || scope.get().equals(tenant.parentId());
    }

    /**
     * Runs start-up work (demo data, benchmarks) as the platform itself, with operator rights, then restores the
     * caller's security context.
     */
    public static <T> T callAsPlatform(Callable<T> work) throws Exception {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("platform", null,
                AuthorityUtils.createAuthorityList("ROLE_OPERATOR", "ROLE_SYSTEM")));
        SecurityContextHolder.setContext(system);
        try {
            return work.call();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
