package fr.guichet.sharing;

import fr.guichet.catalog.ProcedureTemplate;
import fr.guichet.catalog.TemplateOrigin;
import fr.guichet.tenancy.TenantId;
import java.time.Instant;
import java.util.UUID;

/**
 * One version of a template shared by an EPCI: the snapshot of its procedure when the EPCI published it.
 *
 * @param sourceProcedureId the procedure in the EPCI's own catalog
 * @param version 1, 2, 3… one per publication that changed something
 * @param sourceVersion the version of the EPCI's procedure that was copied
 * @param publishedBy the account that published it (an operator's email)
 * @param content description, privacy notice and form, as a commune gets them
 */
public record SharedTemplate(UUID id, TenantId ownerId, UUID sourceProcedureId, int version, int sourceVersion,
        Instant publishedAt, String publishedBy, ProcedureTemplate content) {

    public String title() {
        return content.description().title();
    }

    /** What a procedure made from this version remembers. */
    TemplateOrigin origin() {
        return TemplateOrigin.epci(id, content.key(), version);
    }

    /** Whether this version carries the same content as {@code other} (a publication that would change nothing). */
    boolean sameContentAs(ProcedureTemplate other) {
        return content.equals(other);
    }
}
