package fr.guichet.legal;

import fr.guichet.tenancy.TenantDirectory;
import fr.guichet.tenancy.TenantTransactional;
import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/** The current tenant's legal pages: a sensible default text until the commune writes its own. */
@Service
public class LegalPages {

    static final int MAX_LENGTH = 20_000;

    private final LegalPageRepository pages;
    private final TenantDirectory tenants;
    private final Clock clock;

    LegalPages(LegalPageRepository pages, TenantDirectory tenants, Clock clock) {
        this.pages = pages;
        this.tenants = tenants;
        this.clock = clock;
    }

    @TenantTransactional(readOnly = true)
    public LegalPageText read(LegalPageKind kind) {
        return pages.findById(kind).map(LegalPage::text)
                .orElseGet(() -> new LegalPageText(kind, DefaultLegalTexts.of(kind, tenants.current().officialName()),
                        false));
    }

    /** Replaces a page's text; refused (in French) when empty or too long. */
    @TenantTransactional
    @PreAuthorize("hasRole('ADMIN')")
    public LegalPageText rewrite(LegalPageKind kind, String body) {
        String text = body.strip();
        if (text.isEmpty()) {
            throw new InvalidLegalText("Le texte de la page « " + kind.title() + " » ne peut pas être vide.");
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidLegalText("Le texte fait " + text.length() + " caractères ; la limite est de "
                    + MAX_LENGTH + ". Raccourcissez-le.");
        }
        LegalPage page = pages.findById(kind).orElseGet(() -> new LegalPage(kind));
        page.rewrite(text, SecurityContextHolder.getContext().getAuthentication().getName(), clock.instant());
        return pages.save(page).text();
    }
}
