package fr.guichet.testsupport;

import fr.guichet.catalog.Catalog;
import fr.guichet.catalog.Category;
import fr.guichet.catalog.LegalBasis;
import fr.guichet.catalog.PrivacyNotice;
import fr.guichet.catalog.Procedure;
import fr.guichet.catalog.ProcedureDescription;
import fr.guichet.tenancy.Tenant;

/** Procedures published through the real catalog, as a tenant's designer would. */
public final class TestProcedures {

    private TestProcedures() {
    }

    /** Publishes a procedure of the roads and cleanliness category with this title and form; its slug. */
    public static String publish(Catalog catalog, Tenant tenant, String title, String formJson) {
        return Acting.as("conceptrice@mairie.test", () -> Acting.in(tenant, () -> {
            Procedure procedure = catalog.createDraft(new ProcedureDescription(title, "Une démarche de test.",
                    Category.VOIRIE_PROPRETE, null, null, 15, "Services techniques"), new PrivacyNotice(
                    "Traiter les demandes.", LegalBasis.PUBLIC_TASK, "Un an.", "Services techniques."), formJson);
            catalog.publish(procedure.id());
            return procedure.slug();
        }), "ROLE_DESIGNER");
    }
}
