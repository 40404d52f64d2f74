package fr.guichet.tenancy.internal;

import fr.guichet.tenancy.CurrentTenant;
import fr.guichet.tenancy.TenantContext;
import org.springframework.stereotype.Component;

/**
 * Hibernate's tenant is the context's schema. With no tenant in context, sessions may still be opened (Spring Data
 * builds its queries at start-up that way) but they get {@link #NO_TENANT}, for which the connection provider
 * refuses any connection: the first real data access fails loudly instead of reading some default schema.
 */
@Component
class ContextTenantResolver implements org.hibernate.context.spi.CurrentTenantIdentifierResolver<String> {

    static final String NO_TENANT = "<no tenant in context>";

    @Override
    public String resolveCurrentTenantIdentifier() {
        return TenantContext.current().map(CurrentTenant::schema).orElse(NO_TENANT);
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return true;
    }
}
