package fr.guichet.portal.base.ui;

/**
 * An error shown on a field, as the error summary lists it.
 *
 * @param label what the field is called (inside a group, with the entry it belongs to)
 * @param message the server's French message
 * @param targetId the id of the component that receives focus from the summary's link
 */
public record FieldError(String label, String message, String targetId) {
}
