package fr.guichet.admin.tenants.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import fr.guichet.admin.base.ui.AdminLayout;
import fr.guichet.apiparticulier.ApiParticulierAccesses;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.guichet.agentproviders.AgentProviders;
import fr.guichet.branding.BrandingService;
import fr.guichet.franceconnect.FranceConnectRegistrations;
import fr.guichet.search.IndexingQueue;
import fr.guichet.search.SearchIndexes;
import fr.guichet.sharing.SharedTemplates;
import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantDirectory;
import fr.guichet.tenancy.TenantId;
import fr.guichet.tenancy.TenantKind;
import fr.guichet.tenancy.TenantLifecycle;
import jakarta.annotation.security.RolesAllowed;

/**
 * One tenant: identity, addresses, status actions, branding, for an EPCI the templates it shares, the identity
 * provider of its agents, and for platform operators the tenant's FranceConnect client, its API Particulier access
 * and its search index (health, reindex, indexing queue).
 */
@Route(value = "collectivites/:id", layout = AdminLayout.class, registerAtStartup = false)
@RolesAllowed({"OPERATOR", "EPCI_ADMIN"})
public class TenantDetailView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final TenantDirectory tenants;
    private final TenantLifecycle lifecycle;
    private final BrandingService branding;
    private final SharedTemplates sharedTemplates;
    private final FranceConnectRegistrations franceConnect;
    private final AgentProviders agentProviders;
    private final SearchIndexes indexes;
    private final IndexingQueue indexingQueue;
    private final ApiParticulierAccesses apiParticulier;
    private final AuthenticationContext authentication;
    private String title = "";

    public TenantDetailView(TenantDirectory tenants, TenantLifecycle lifecycle, BrandingService branding,
            SharedTemplates sharedTemplates, FranceConnectRegistrations franceConnect, AgentProviders agentProviders,
            SearchIndexes indexes, IndexingQueue indexingQueue, ApiParticulierAccesses apiParticulier,
            AuthenticationContext authentication) {
        this.franceConnect = franceConnect;
        this.agentProviders = agentProviders;
        this.apiParticulier = apiParticulier;
        this.tenants = tenants;
        this.lifecycle = lifecycle;
        this.branding = branding;
        this.sharedTemplates = sharedTemplates;
        this.indexes = indexes;
        this.indexingQueue = indexingQueue;
        this.authentication = authentication;
        addClassName("view");
    }

    public static RouteParameters parameters(Tenant tenant) {
        return new RouteParameters("id", tenant.id().toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Tenant tenant = event.getRouteParameters().get("id").flatMap(TenantDetailView::parseId)
                .flatMap(tenants::find).orElseThrow(NotFoundException::new);
        show(tenant);
    }

    private void show(Tenant tenant) {
        title = tenant.officialName();
        removeAll();
        add(new H1(tenant.officialName()), new TenantSummary(tenant, lifecycle, this::show),
                new BrandingForm(tenant, branding));
        if (tenant.kind() == TenantKind.EPCI) {
            add(new SharedTemplatesPanel(tenant, sharedTemplates));
        }
        if (authentication.hasRole("OPERATOR")) {
            add(new FranceConnectForm(tenant, franceConnect));
            add(new ApiParticulierForm(tenant, apiParticulier));
        }
        add(new AgentProviderForm(tenant, agentProviders));
        if (authentication.hasRole("OPERATOR") && tenant.isActive()) {
            add(new SearchIndexPanel(tenant, indexes));
            if (indexingQueue.outboxMode()) {
                add(new SearchOutboxPanel(tenant, indexingQueue));
            }
        }
    }

    private static java.util.Optional<TenantId> parseId(String value) {
        try {
            return java.util.Optional.of(TenantId.of(value));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return title + " – Administration Guichet";
    }
}
