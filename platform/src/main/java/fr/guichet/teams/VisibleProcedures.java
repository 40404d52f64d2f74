package fr.guichet.teams;

import java.util.Set;
import java.util.UUID;

/**
 * The procedures whose requests an agent may see: all of them (administrators), or those their teams process.
 *
 * @param all whether every procedure of the tenant is visible
 * @param procedures the visible procedures when not {@code all}; empty for an agent in no team
 * @param basis why, so that screens can tell an agent who sees nothing what to ask for
 */
public record VisibleProcedures(boolean all, Set<UUID> procedures, Basis basis) {

    public enum Basis {
        /** An administrator of the tenant sees every request. */
        ADMINISTRATOR,
        /** An agent sees the requests of the procedures their teams process. */
        TEAMS,
        /** An agent in no team sees no request until an administrator adds them to one. */
        NO_TEAM
    }

    public VisibleProcedures {
        procedures = Set.copyOf(procedures);
    }

    static VisibleProcedures everything() {
        return new VisibleProcedures(true, Set.of(), Basis.ADMINISTRATOR);
    }

    static VisibleProcedures ofTeams(Set<UUID> procedures) {
        return new VisibleProcedures(false, procedures, Basis.TEAMS);
    }

    static VisibleProcedures noTeam() {
        return new VisibleProcedures(false, Set.of(), Basis.NO_TEAM);
    }

    public boolean includes(UUID procedureId) {
        return all || procedures.contains(procedureId);
    }

    /** Whether no request at all is visible. */
    public boolean none() {
        return !all && procedures.isEmpty();
    }
}
