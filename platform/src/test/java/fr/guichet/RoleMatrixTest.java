package fr.guichet;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.catalog.Catalog;
import fr.guichet.documents.DocumentTemplates;
import fr.guichet.drafts.Drafts;
import fr.guichet.identity.AgentDirectory;
import fr.guichet.notifications.NotificationTemplates;
import fr.guichet.requests.Casework;
import fr.guichet.requests.Intakes;
import fr.guichet.search.RequestSearch;
import fr.guichet.search.SearchIndexes;
import fr.guichet.search.SearchQuery;
import fr.guichet.sharing.SharedTemplates;
import fr.guichet.teams.TeamAdministration;
import fr.guichet.tenancy.FreshTerritories;
import fr.guichet.tenancy.OperatorScopes;
import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantDirectory;
import fr.guichet.tenancy.TenantId;
import fr.guichet.tenancy.TenantLifecycle;
import fr.guichet.tenancy.TenantProvisioning;
import fr.guichet.testsupport.Acting;
import fr.guichet.testsupport.IntegrationTest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/**
 * Who may call what, checked on the services themselves (not on the views): each row calls one service method as
 * each kind of user of the platform and expects a refusal exactly for the roles the row does not list. A call that
 * is allowed may still fail for another reason (an unknown id): only a refusal of access counts here.
 */
@IntegrationTest
class RoleMatrixTest {

    /** The kinds of users: a tenant's citizen, agent, designer and administrator; an EPCI administrator; an operator. */
    enum Who {
        CITIZEN("ROLE_CITIZEN"), AGENT("ROLE_AGENT"), DESIGNER("ROLE_DESIGNER"), ADMIN("ROLE_ADMIN"),
        EPCI_ADMIN("ROLE_EPCI_ADMIN", OperatorScopes.EPCI_SCOPE + UUID.randomUUID()), OPERATOR("ROLE_OPERATOR");

        final String[] authorities;

        Who(String... authorities) {
            this.authorities = authorities;
        }
    }

    @Autowired
    TenantProvisioning provisioning;
    @Autowired
    Casework casework;
    @Autowired
    Intakes intakes;
    @Autowired
    RequestSearch search;
    @Autowired
    Catalog catalog;
    @Autowired
    SharedTemplates sharedTemplates;
    @Autowired
    DocumentTemplates documentTemplates;
    @Autowired
    NotificationTemplates notificationTemplates;
    @Autowired
    AgentDirectory agentDirectory;
    @Autowired
    TeamAdministration teams;
    @Autowired
    Drafts drafts;
    @Autowired
    TenantDirectory tenants;
    @Autowired
    TenantLifecycle lifecycle;
    @Autowired
    SearchIndexes indexes;

    private Tenant commune;
    private final List<String> wrong = new ArrayList<>();

    @BeforeEach
    void aCommune() throws Exception {
        commune = FreshTerritories.provisionCommune(provisioning, "roles");
    }

    @Test
    void eachServiceRefusesExactlyTheRolesItDoesNotServe() {
        row("open a request", () -> casework.open(UUID.randomUUID()), Who.AGENT, Who.ADMIN);
        row("see who read a request", () -> casework.reads(UUID.randomUUID()), Who.ADMIN);
        row("register a request from the counter", () -> intakes.procedures(), Who.AGENT, Who.ADMIN);
        row("search requests", () -> search.search(SearchQuery.of("lampadaire")), Who.AGENT, Who.ADMIN);
        row("design procedures", () -> catalog.templateLinks(), Who.DESIGNER);
        row("take an EPCI's template", () -> sharedTemplates.offered(), Who.DESIGNER);
        row("edit document templates", () -> documentTemplates.list(), Who.DESIGNER, Who.ADMIN);
        row("edit notification templates", () -> notificationTemplates.list(), Who.ADMIN);
        row("manage agents", () -> agentDirectory.list(), Who.ADMIN);
        row("manage teams", () -> teams.list(), Who.ADMIN);
        // The citizen role alone is not enough: the principal must be a citizen account of this very commune
        // (DraftsTest signs real citizens in).
        row("resume a draft with the role but no account of this commune", () -> drafts.mine());
        row("list tenants", () -> tenants.search(null, null, null, 0, 10), Who.EPCI_ADMIN, Who.OPERATOR);
        row("suspend a tenant", () -> lifecycle.suspend(TenantId.random(), "Maintenance"), Who.OPERATOR);
        row("see a tenant's search index", () -> indexes.health(commune.id()), Who.OPERATOR);

        assertThat(wrong).as("calls whose access check disagrees with the matrix").isEmpty();
    }

    @Test
    void anEpciAdministratorSeesNeitherCommunesOutsideItsEpciNorTheirTenantPages() {
        Set<Tenant> seen = Set.copyOf(Acting.as("admin@autre-epci.test", () -> tenants.search(null, null, null, 0,
                10_000), Who.EPCI_ADMIN.authorities));

        assertThat(seen).doesNotContain(commune);
        assertThat(Acting.as("admin@autre-epci.test", () -> tenants.find(commune.id()), Who.EPCI_ADMIN.authorities))
                .isEmpty();
        assertThat(Acting.as("operateur@guichet.test", () -> tenants.find(commune.id()), Who.OPERATOR.authorities))
                .contains(commune);
    }

    private void row(String what, Runnable call, Who... allowed) {
        Set<Who> allowedSet = allowed.length == 0 ? EnumSet.noneOf(Who.class) : EnumSet.of(allowed[0], allowed);
        for (Who who : Who.values()) {
            boolean refused = refused(call, who);
            if (refused == allowedSet.contains(who)) {
                wrong.add(what + " as " + who + (refused ? ": refused" : ": allowed"));
            }
        }
        if (!refused(call, null)) {
            wrong.add(what + " without signing in: allowed");
        }
    }

    private boolean refused(Runnable call, Who who) {
        Runnable inTenant = () -> Acting.in(commune, () -> {
            call.run();
            return null;
        });
        try {
            if (who == null) {
                inTenant.run();
            } else {
                Acting.as(who.name().toLowerCase() + "@roles.test", () -> {
                    inTenant.run();
                    return null;
                }, who.authorities);
            }
            return false;
        } catch (AccessDeniedException | AuthenticationException e) {
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
