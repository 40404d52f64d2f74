package fr.guichet.catalog;

import fr.guichet.tenancy.TenantTransactional;
import fr.guichet.territories.Slugs;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Moving a procedure between tenants as one file (docs/procedure-files.md): designers ({@code ROLE_DESIGNER}) export a
 * version of one of the current tenant's procedures, and import a file as a new draft of the current tenant.
 */
@Service
public class ProcedureFiles {

    private final Procedures procedures;
    private final Clock clock;

    ProcedureFiles(Procedures procedures, Clock clock) {
        this.procedures = procedures;
        this.clock = clock;
    }

    /**
     * A new draft in the current tenant's catalog, made from a procedure file; it is never published directly. Its
     * slug is the file's key, or the key followed by a number when the tenant already uses it.
     *
     * @throws InvalidProcedureFile with every problem of the file, before anything is written
     */
    @TenantTransactional
    @PreAuthorize("hasRole('DESIGNER')")
    public Procedure importFile(byte[] content) {
        ProcedureFile file = ProcedureFile.read(content);
        Procedure procedure = new Procedure(procedures.freeSlug(Slugs.slugify(file.key())), file.description(),
                file.privacy(), file.formJson(), clock.instant());
        procedure.editWorkflow(file.workflow(), clock.instant());
        return procedures.save(procedure);
    }

    /** The version a designer works on (the draft if there is one, else the latest), as a file keyed by the slug. */
    @TenantTransactional(readOnly = true)
    @PreAuthorize("hasRole('DESIGNER')")
    public Optional<ProcedureFile> export(UUID id) {
        return procedures.findById(id).map(procedure -> file(procedure, procedure.latest()));
    }

    /** A given version of one of the tenant's procedures, as a file keyed by the procedure's slug. */
    @TenantTransactional(readOnly = true)
    @PreAuthorize("hasRole('DESIGNER')")
    public Optional<ProcedureFile> export(UUID id, int version) {
        return procedures.findById(id).flatMap(procedure -> procedure.version(version)
                .map(found -> file(procedure, found)));
    }

    private static ProcedureFile file(Procedure procedure, ProcedureVersion version) {
        return new ProcedureFile(procedure.slug(), version.description(), version.privacy(), version.formJson(),
                version.workflow());
    }
}
