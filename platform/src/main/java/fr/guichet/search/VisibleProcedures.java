package fr.guichet.search;

/**
 * The one seam between search and agents' permissions: which procedures the signed-in agent of the current tenant
 * may see. Without a bean of this type, every agent sees every procedure (the inbox's rule today); the teams feature
 * provides one when agents are scoped to their teams' procedures.
 */
@FunctionalInterface
public interface VisibleProcedures {

    ProcedureScope forCurrentAgent();
}
