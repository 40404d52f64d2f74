package fr.guichet.catalog;

/**
 * A ready procedure of the platform's library ("processus sur étagère"): what a commune gets as a new draft when it
 * picks it, then adapts and publishes.
 *
 * @param key stable identifier of the template, e.g. {@code demande-acte-etat-civil}
 * @param description how the procedure presents itself in the catalog
 * @param privacy the complete privacy notice
 * @param formJson the form definition, as {@link fr.guichet.forms.FormJson#write} writes it
 */
public record ProcedureTemplate(String key, ProcedureDescription description, PrivacyNotice privacy,
        String formJson) {
}
