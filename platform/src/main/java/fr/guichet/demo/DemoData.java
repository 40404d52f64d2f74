package fr.guichet.demo;

import fr.guichet.branding.BrandingChange;
import fr.guichet.branding.BrandingService;
import fr.guichet.apiparticulier.AccessChange;
import fr.guichet.apiparticulier.ApiParticulierAccesses;
import fr.guichet.apiparticulier.ApiParticulierEnvironment;
import fr.guichet.franceconnect.FranceConnectRegistrations;
import fr.guichet.franceconnect.RegistrationChange;
import org.springframework.beans.factory.annotation.Value;
import fr.guichet.catalog.Catalog;
import fr.guichet.catalog.Category;
import fr.guichet.catalog.ProcedureOverview;
import fr.guichet.catalog.TemplateLibrary;
import fr.guichet.identity.AgentAccounts;
import fr.guichet.identity.AgentRole;
import fr.guichet.identity.OperatorAccounts;
import fr.guichet.teams.TeamAdministration;
import fr.guichet.teams.TeamChange;
import fr.guichet.teams.TeamOverview;
import fr.guichet.tenancy.OperatorScopes;
import fr.guichet.tenancy.ProvisioningProgress;
import fr.guichet.tenancy.ProvisioningRequest;
import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantContext;
import fr.guichet.tenancy.TenantDirectory;
import fr.guichet.tenancy.TenantProvisioning;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo when {@code guichet.demo.enabled} and the control plane is empty: the CA du Grand Annecy and
 * three of its member communes, each with its colours, one agent per commune, a platform operator and the EPCI's
 * administrator; Annecy has two teams (« État civil », « Services techniques ») with an agent each, who see only
 * their teams' requests. Every step is idempotent, so a half-seeded database is completed on the next start.
 */
@Component
@ConditionalOnProperty(name = "guichet.demo.enabled", havingValue = "true")
class DemoData {

    static final String PASSWORD = "guichet-demo-2026";
    private static final List<String> DEMO_TEMPLATES = List.of("demande-acte-etat-civil", "signalement-voie-publique",
            "reservation-salle-municipale");
    /** Online in the EPCI's own catalog, so that its administrator can offer it to the member communes. */
    private static final List<String> EPCI_TEMPLATES = List.of("inscription-periscolaire-cantine");
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private record DemoCommune(String insee, String slug, String primary, String secondary, String banner) {
    }

    private static final List<DemoCommune> COMMUNES = List.of(
            new DemoCommune("74010", "annecy", "#1f4e8c", "#2f5d3a", "Démonstration : ce portail n’est pas celui de la ville d’Annecy."),
            new DemoCommune("74019", "argonay", "#8a1c1c", "#3d2a63", null),
            new DemoCommune("74112", "epagny-metz-tessy", "#0b5d5e", "#5b3a00", null));

    private final TenantProvisioning provisioning;
    private final TenantDirectory tenants;
    private final BrandingService branding;
    private final AgentAccounts agents;
    private final OperatorAccounts operators;
    private final Catalog catalog;
    private final TemplateLibrary templates;
    private final FranceConnectRegistrations franceConnect;
    private final String simulatorUrl;
    private final TeamAdministration teams;
    private final ApiParticulierAccesses apiParticulier;

    DemoData(TenantProvisioning provisioning, TenantDirectory tenants, BrandingService branding, AgentAccounts agents,
            OperatorAccounts operators, Catalog catalog, TemplateLibrary templates,
            FranceConnectRegistrations franceConnect,
            @Value("${guichet.demo.franceconnect-simulator-port:9090}") int simulatorPort, TeamAdministration teams,
            ApiParticulierAccesses apiParticulier) {
        this.franceConnect = franceConnect;
        this.apiParticulier = apiParticulier;
        this.simulatorUrl = "http://127.0.0.1:" + simulatorPort + "/api/v2";
        this.teams = teams;
        this.catalog = catalog;
        this.templates = templates;
        this.provisioning = provisioning;
        this.tenants = tenants;
        this.branding = branding;
        this.agents = agents;
        this.operators = operators;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedIfEmpty() throws Exception {
        if (tenants.count() > 0 && tenants.findBySlug("grand-annecy").isEmpty()) {
            return;
        }
        OperatorScopes.callAsPlatform(() -> {
            seed();
            return null;
        });
    }

    private void seed() {
        Tenant epci = provisioning.provision(ProvisioningRequest.epci("200066793", "grand-annecy"),
                ProvisioningProgress.NONE).tenant();
        operators.ensureOperator("operateur@guichet.localhost", "Opératrice Guichet", PASSWORD, null);
        operators.ensureOperator("admin@grand-annecy.localhost", "Administrateur du Grand Annecy", PASSWORD, epci.id());
        log.info("Demo: tenant-admin at http://admin.localhost:8080/ — operateur@guichet.localhost or "
                + "admin@grand-annecy.localhost, password {}", PASSWORD);
        TenantContext.runAs(epci.asCurrent(), () -> {
            agents.ensureAgent("agent@grand-annecy.localhost", "Agent du Grand Annecy", PASSWORD,
                    EnumSet.of(AgentRole.AGENT, AgentRole.ADMIN, AgentRole.DESIGNER));
            publishDemoProcedures(EPCI_TEMPLATES);
        });
        for (DemoCommune demo : COMMUNES) {
            Tenant commune = provisioning.provision(ProvisioningRequest.commune(demo.insee(), demo.slug(), epci.id()),
                    ProvisioningProgress.NONE).tenant();
            if (!branding.of(commune).primary().hex().equals(demo.primary())) {
                branding.update(commune, new BrandingChange(commune.officialName(), demo.primary(), demo.secondary(),
                        demo.banner()));
            }
            TenantContext.runAs(commune.asCurrent(), () -> agents.ensureAgent("agent@" + demo.slug() + ".localhost",
                    "Agent de " + commune.officialName(), PASSWORD, EnumSet.of(AgentRole.AGENT, AgentRole.ADMIN, AgentRole.DESIGNER)));
            if (DemoFranceConnect.COMMUNES.contains(demo.slug()) && franceConnect.of(commune).isEmpty()) {
                franceConnect.save(commune, new RegistrationChange(DemoFranceConnect.clientId(demo.slug()),
                        DemoFranceConnect.secret(demo.slug()), simulatorUrl));
            }
            if (DemoFranceConnect.COMMUNES.contains(demo.slug()) && apiParticulier.of(commune).isEmpty()) {
                // The simulator serves API Particulier too, at its root (docs/api-particulier.md); demo-only token.
                apiParticulier.save(commune, new AccessChange(DemoFranceConnect.API_PARTICULIER_TOKEN,
                        DemoFranceConnect.API_PARTICULIER_SIRET, ApiParticulierEnvironment.SIMULATOR,
                        simulatorUrl.substring(0, simulatorUrl.length() - "/api/v2".length())));
            }
            if (demo.slug().equals("annecy")) {
                TenantContext.runAs(commune.asCurrent(), () -> {
                    publishDemoProcedures(DEMO_TEMPLATES);
                    demoTeams(demo.slug());
                });
            }
            log.info("Demo: {} at http://{}:8080/ — back office /agents as agent@{}.localhost, password {}",
                    commune.officialName(), commune.defaultHost(), demo.slug(), PASSWORD);
        }
    }

    /** Ready templates published in a demo catalog, once, so that the demo shows a real catalog. */
    private void publishDemoProcedures(List<String> keys) {
        as("ROLE_DESIGNER", () -> {
            if (catalog.all().isEmpty()) {
                for (String key : keys) {
                    templates.find(key).ifPresent(template -> catalog.publish(catalog.instantiate(template).id()));
                }
            }
            return null;
        });
    }

    /**
     * Two teams, each with an agent who is not an administrator: « État civil » processes the civil-status
     * procedures, « Services techniques » the others (decision 014).
     */
    private void demoTeams(String slug) {
        team(slug, "État civil", "etat-civil@" + slug + ".localhost", "Agent de l’état civil",
                procedure -> procedure.category() == Category.ETAT_CIVIL);
        team(slug, "Services techniques", "services-techniques@" + slug + ".localhost", "Agent des services techniques",
                procedure -> procedure.category() != Category.ETAT_CIVIL);
        log.info("Demo: agents of one team each (they see only its requests): etat-civil@{}.localhost and "
                + "services-techniques@{}.localhost, password {}", slug, slug, PASSWORD);
    }

    private void team(String slug, String name, String email, String displayName,
            Predicate<ProcedureOverview> processes) {
        agents.ensureAgent(email, displayName, PASSWORD, EnumSet.of(AgentRole.AGENT));
        UUID agent = agents.byEmail(email).orElseThrow().id();
        as("ROLE_ADMIN", () -> {
            if (teams.list().stream().map(TeamOverview::name).noneMatch(name::equals)) {
                teams.create(new TeamChange(name, Set.of(agent), teams.procedures().stream().filter(processes)
                        .map(ProcedureOverview::id).collect(Collectors.toSet())));
            }
            return null;
        });
    }

    private static <T> T as(String authority, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var demo = SecurityContextHolder.createEmptyContext();
        demo.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("demo", null,
                AuthorityUtils.createAuthorityList(authority)));
        SecurityContextHolder.setContext(demo);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
