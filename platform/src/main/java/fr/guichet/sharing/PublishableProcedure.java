package fr.guichet.sharing;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A procedure online in an EPCI's catalog, as its administrators see it when sharing templates.
 *
 * @param publishedVersion the version online in the EPCI's catalog
 * @param shared the latest version of the template made from it, if it was already shared
 */
public record PublishableProcedure(UUID procedureId, String title, int publishedVersion,
        @Nullable SharedTemplate shared) {
}
