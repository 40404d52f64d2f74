package fr.guichet.teams;

import java.util.Set;
import java.util.UUID;

/**
 * A team as other features use it.
 *
 * @param procedures ids of the procedures it processes
 * @param members ids of its agents
 */
public record TeamSummary(UUID id, String name, Set<UUID> procedures, Set<UUID> members) {

    public TeamSummary {
        procedures = Set.copyOf(procedures);
        members = Set.copyOf(members);
    }

    public boolean processes(UUID procedureId) {
        return procedures.contains(procedureId);
    }
}
