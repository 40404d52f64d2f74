package fr.guichet.search;

/**
 * A passage of a result where the words were found.
 *
 * @param source where it comes from, in French (« Réponses », « Message », « Note interne »…)
 * @param html the passage, HTML-escaped, with the words found inside {@code <mark>}: safe to render as HTML
 */
public record Extract(String source, String html) {
}
