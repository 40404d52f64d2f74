package fr.guichet.teams;

import fr.guichet.catalog.ProcedureOverview;
import fr.guichet.identity.AgentSummary;
import java.util.List;
import java.util.UUID;

/** A team as its administrators manage it: its agents and its procedures, by name. */
public record TeamOverview(UUID id, String name, List<AgentSummary> members, List<ProcedureOverview> procedures) {

    public TeamOverview {
        members = List.copyOf(members);
        procedures = List.copyOf(procedures);
    }
}
