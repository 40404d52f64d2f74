package fr.guichet.legal;

import java.util.Arrays;
import java.util.List;

/**
 * A legal page's text: plain text, paragraphs separated by blank lines (no HTML is ever rendered from it).
 *
 * @param customised false while the tenant still shows the default text
 */
public record LegalPageText(LegalPageKind kind, String body, boolean customised) {

    public List<String> paragraphs() {
        return Arrays.stream(body.split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}
