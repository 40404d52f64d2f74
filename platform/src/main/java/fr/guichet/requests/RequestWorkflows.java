package fr.guichet.requests;

import fr.guichet.catalog.Catalog;
import fr.guichet.workflows.Workflow;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The workflow a request follows: the one of the procedure version it was submitted with, never the current one, so
 * that publishing a new workflow leaves the requests already filed on their own.
 */
@Component
class RequestWorkflows {

    private final Catalog catalog;

    RequestWorkflows(Catalog catalog) {
        this.catalog = catalog;
    }

    Workflow of(Request request) {
        return of(request.procedureId(), request.procedureVersion());
    }

    Workflow of(UUID procedureId, int version) {
        return catalog.version(procedureId, version).orElseThrow().workflow();
    }
}
