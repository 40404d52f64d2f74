package fr.guichet.search;

import java.util.Set;
import java.util.UUID;

/**
 * The procedures whose requests an agent may see: all of them, or these ones. Results and counts alike are limited
 * to it.
 */
public record ProcedureScope(boolean all, Set<UUID> procedures) {

    public static final ProcedureScope ALL = new ProcedureScope(true, Set.of());

    public ProcedureScope {
        procedures = Set.copyOf(procedures);
    }

    public static ProcedureScope only(Set<UUID> procedures) {
        return new ProcedureScope(false, procedures);
    }

    public boolean isEmpty() {
        return !all && procedures.isEmpty();
    }
}
