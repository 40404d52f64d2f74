package fr.guichet.catalog;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A procedure as designers list it: its latest title, status, the version online and whether a draft waits.
 *
 * @param publishedVersion the number of the version citizens fill in, if any
 */
public record ProcedureOverview(UUID id, String slug, String title, Category category, ProcedureStatus status,
        @Nullable Integer publishedVersion, boolean hasDraft) {

    static ProcedureOverview of(Procedure procedure) {
        ProcedureVersion latest = procedure.latest();
        return new ProcedureOverview(procedure.id(), procedure.slug(), latest.description().title(),
                latest.description().category(), procedure.status(),
                procedure.published().map(ProcedureVersion::number).orElse(null), procedure.draft().isPresent());
    }
}
