package fr.guichet.catalog;

import java.util.UUID;

/** A procedure as the catalog lists it: its published version's description. */
public record ProcedureSummary(UUID id, String slug, int version, ProcedureDescription description) {

    static ProcedureSummary of(Procedure procedure, ProcedureVersion version) {
        return new ProcedureSummary(procedure.id(), procedure.slug(), version.number(), version.description());
    }
}
