package fr.guichet.catalog;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A procedure of the current tenant made from a template: where it came from, and the latest template version its
 * designers chose not to apply (they are offered nothing up to that version).
 */
public record TemplateLink(UUID procedureId, String title, ProcedureStatus status, TemplateOrigin origin,
        @Nullable Integer dismissedVersion) {

    /** Whether template version {@code latest} is newer than what this procedure took or its designers dismissed. */
    public boolean isOffered(int latest) {
        return status != ProcedureStatus.CLOSED && latest > origin.version()
                && (dismissedVersion == null || latest > dismissedVersion);
    }
}
