package fr.guichet.e2e;

import fr.guichet.branding.BrandingChange;
import fr.guichet.catalog.Catalog;
import fr.guichet.catalog.PrivacyNotice;
import fr.guichet.catalog.ProcedureDescription;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import fr.guichet.branding.BrandingService;
import fr.guichet.forms.Field;
import fr.guichet.franceconnect.FranceConnectRegistrations;
import fr.guichet.franceconnect.RegistrationChange;
import fr.guichet.forms.FieldType;
import fr.guichet.forms.FormDefinition;
import fr.guichet.forms.FormJson;
import fr.guichet.forms.Page;
import fr.guichet.forms.Section;
import fr.guichet.identity.AgentAccounts;
import fr.guichet.identity.AgentRole;
import fr.guichet.identity.CitizenAccounts;
import fr.guichet.identity.OutboxCitizenMail;
import fr.guichet.identity.SignUp;
import fr.guichet.identity.OperatorAccounts;
import fr.guichet.tenancy.OperatorScopes;
import fr.guichet.tenancy.ProvisioningProgress;
import fr.guichet.tenancy.ProvisioningRequest;
import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantChanged;
import fr.guichet.tenancy.TenantContext;
import fr.guichet.tenancy.TenantId;
import fr.guichet.tenancy.TenantProvisioning;
import java.util.EnumSet;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Provisions tenants and accounts for browser tests through the real services. */
@Component
public class TestTenants {

    public static final String PASSWORD = "mot-de-passe-de-test";
    /** A one-field form that passes the publication checks. */
    public static final String SIMPLE_FORM = FormJson.write(FormDefinition.of(Page.of("demandeur", "Vous",
            Section.of("identite", "Votre identité", Field.of("nom", FieldType.SHORT_TEXT, "Nom").asRequired()))));

    private final TenantProvisioning provisioning;
    private final BrandingService branding;
    private final AgentAccounts agents;
    private final OperatorAccounts operators;
    private final ApplicationEventPublisher events;
    private final Catalog catalog;
    private final CitizenAccounts citizens;
    private final OutboxCitizenMail citizenMail;
    private final FranceConnectRegistrations franceConnect;

    TestTenants(TenantProvisioning provisioning, BrandingService branding, AgentAccounts agents,
            OperatorAccounts operators, ApplicationEventPublisher events, Catalog catalog, CitizenAccounts citizens,
            OutboxCitizenMail citizenMail, FranceConnectRegistrations franceConnect) {
        this.citizens = citizens;
        this.citizenMail = citizenMail;
        this.franceConnect = franceConnect;
        this.events = events;
        this.catalog = catalog;
        this.provisioning = provisioning;
        this.branding = branding;
        this.agents = agents;
        this.operators = operators;
    }

    public Tenant epci(String siren, String slug) throws Exception {
        return OperatorScopes.callAsPlatform(() -> provisioning.provision(ProvisioningRequest.epci(siren, slug),
                ProvisioningProgress.NONE).tenant());
    }

    /** A commune with its colours and one agent {@code agent@<slug>.test} who administers it. */
    public Tenant commune(String insee, String slug, @Nullable TenantId parent, String primary, String secondary)
            throws Exception {
        return OperatorScopes.callAsPlatform(() -> {
            Tenant tenant = provisioning.provision(ProvisioningRequest.commune(insee, slug, parent),
                    ProvisioningProgress.NONE).tenant();
            branding.update(tenant, new BrandingChange(tenant.officialName(), primary, secondary, null));
            TenantContext.runAs(tenant.asCurrent(), () -> agents.ensureAgent(agentOf(tenant), "Agent de test",
                    PASSWORD, EnumSet.of(AgentRole.AGENT, AgentRole.ADMIN, AgentRole.DESIGNER)));
            return tenant;
        });
    }

    /** A citizen's account on the tenant's portal, signed up and confirmed with the link mailed to it. */
    public void citizen(Tenant tenant, String email, String password) {
        TenantContext.runAs(tenant.asCurrent(), () -> citizens.signUp(new SignUp(email, password, password, true),
                "http://" + tenant.defaultHost() + "/"));
        String link = citizenMail.sentTo(email).getLast().link();
        TenantContext.runAs(tenant.asCurrent(), () -> citizens.confirm(link.substring(link.lastIndexOf('/') + 1)));
    }

    /** Publishes a procedure in a tenant's catalog, as its designer would; returns its id. */
    public UUID publishProcedure(Tenant tenant, ProcedureDescription description, PrivacyNotice privacy,
            String formJson) {
        return TenantContext.supplyAs(tenant.asCurrent(), () -> asDesigner(
                () -> catalog.publish(catalog.createDraft(description, privacy, formJson).id()).id()));
    }

    /** Publishes a new version of a tenant's procedure, as its designer would after editing it. */
    public void republishProcedure(Tenant tenant, UUID id, ProcedureDescription description, PrivacyNotice privacy,
            String formJson) {
        TenantContext.supplyAs(tenant.asCurrent(), () -> asDesigner(() -> {
            catalog.edit(id, description, privacy, formJson);
            return catalog.publish(id);
        }));
    }

    /** A draft procedure in a tenant's catalog, as its designer would create it; its id. */
    public java.util.UUID draftProcedure(Tenant tenant, ProcedureDescription description, PrivacyNotice privacy,
            String formJson) {
        return TenantContext.supplyAs(tenant.asCurrent(), () -> asDesigner(
                () -> catalog.createDraft(description, privacy, formJson).id()));
    }

    private static <T> T asDesigner(Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var designer = SecurityContextHolder.createEmptyContext();
        designer.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("conceptrice", null,
                AuthorityUtils.createAuthorityList("ROLE_DESIGNER")));
        SecurityContextHolder.setContext(designer);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Registers the tenant's FranceConnect client, as a platform operator would in tenant-admin. */
    public void franceConnect(Tenant tenant, String clientId, String secret, String providerUrl) {
        var previous = SecurityContextHolder.getContext();
        var operator = SecurityContextHolder.createEmptyContext();
        operator.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("operatrice@guichet.test", null,
                AuthorityUtils.createAuthorityList("ROLE_OPERATOR")));
        SecurityContextHolder.setContext(operator);
        try {
            franceConnect.save(tenant, new RegistrationChange(clientId, secret, providerUrl));
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void operator(String email, @Nullable TenantId epciScope) {
        operators.ensureOperator(email, "Opérateur de test", PASSWORD, epciScope);
    }

    /** After a change made by SQL behind the services' back: what any tenant change does to the host cache. */
    public void forgetCachedHosts(Tenant tenant) {
        events.publishEvent(new TenantChanged(tenant.id()));
    }

    public static String agentOf(Tenant tenant) {
        return "agent@" + tenant.slug() + ".test";
    }
}
