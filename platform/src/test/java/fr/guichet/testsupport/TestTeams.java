package fr.guichet.testsupport;

import fr.guichet.catalog.Catalog;
import fr.guichet.identity.AgentAccounts;
import fr.guichet.identity.AgentRole;
import fr.guichet.teams.TeamAdministration;
import fr.guichet.teams.TeamChange;
import fr.guichet.tenancy.Tenant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Agents put in teams through the real services, as a tenant's administrator would. */
public final class TestTeams {

    private TestTeams() {
    }

    /**
     * Makes sure {@code agentEmail} is an agent (role AGENT only) of {@code tenant} and creates a team named
     * {@code name} with that agent, processing the published procedures with these slugs; the team's id.
     */
    public static UUID team(AgentAccounts agents, TeamAdministration teams, Catalog catalog, Tenant tenant,
            String name, String agentEmail, String... slugs) {
        return Acting.in(tenant, () -> {
            agents.ensureAgent(agentEmail, agentEmail, "mot-de-passe-de-test", EnumSet.of(AgentRole.AGENT));
            UUID agent = agents.byEmail(agentEmail).orElseThrow().id();
            Set<UUID> procedures = Stream.of(slugs).map(slug -> catalog.publishedBySlug(slug).orElseThrow().id())
                    .collect(Collectors.toSet());
            return Acting.as("admin@mairie.test", () -> teams.create(new TeamChange(name, Set.of(agent),
                    procedures)), "ROLE_ADMIN");
        });
    }
}
