package fr.guichet.notifications;

/**
 * A template as administrators see it.
 *
 * @param customised whether the commune rewrote it (otherwise it is the French default)
 */
public record EditableTemplate(TemplateKey key, TemplateText text, boolean customised) {
}
