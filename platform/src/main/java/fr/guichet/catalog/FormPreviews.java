package fr.guichet.catalog;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.guichet.forms.FormDefinition;
import fr.guichet.tenancy.TenantContext;
import fr.guichet.tenancy.TenantId;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Forms being designed, shown in the portal exactly as citizens will see them before anything is saved: the form
 * builder shares its working definition under an unguessable token and the portal's preview page renders it. Kept in
 * memory for two hours after the last change (a node's memory: previews follow the designer's sticky session); a
 * token only opens in the tenant that shared it, and only for designers.
 */
@Service
public class FormPreviews {

    static final Duration KEPT_FOR = Duration.ofHours(2);

    private final SecureRandom random = new SecureRandom();
    private final Cache<String, FormPreview> previews = Caffeine.newBuilder().expireAfterWrite(KEPT_FOR)
            .maximumSize(20_000).build();

    /** Shares a form under a new token. */
    @PreAuthorize("hasRole('DESIGNER')")
    public String share(String title, FormDefinition form) {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        previews.put(token, new FormPreview(TenantContext.requiredTenant().id(), title, form));
        return token;
    }

    /** Replaces the form shown under {@code token}; an expired or foreign token is shared anew. */
    @PreAuthorize("hasRole('DESIGNER')")
    public String update(String token, String title, FormDefinition form) {
        TenantId tenant = TenantContext.requiredTenant().id();
        FormPreview current = previews.getIfPresent(token);
        if (current == null || !current.tenant().equals(tenant)) {
            return share(title, form);
        }
        previews.put(token, new FormPreview(tenant, title, form));
        return token;
    }

    /** The form shared under {@code token} in the current tenant, if it has not expired. */
    @PreAuthorize("hasRole('DESIGNER')")
    public Optional<FormPreview> find(String token) {
        TenantId tenant = TenantContext.requiredTenant().id();
        return Optional.ofNullable(previews.getIfPresent(token)).filter(preview -> preview.tenant().equals(tenant));
    }

    /** A form under design and the title of its procedure. */
    public record FormPreview(TenantId tenant, String title, FormDefinition form) {
    }
}
