package fr.guichet.legal;

import java.util.Arrays;
import java.util.Optional;

/** The three legal pages of a portal, with their French title and URL segment. */
public enum LegalPageKind {
    MENTIONS_LEGALES("Mentions légales", "mentions-legales"),
    ACCESSIBILITE("Accessibilité", "accessibilite"),
    DONNEES_PERSONNELLES("Données personnelles", "donnees-personnelles");

    private final String title;
    private final String path;

    LegalPageKind(String title, String path) {
        this.title = title;
        this.path = path;
    }

    public String title() {
        return title;
    }

    public String path() {
        return path;
    }

    public static Optional<LegalPageKind> fromPath(String path) {
        return Arrays.stream(values()).filter(kind -> kind.path.equals(path)).findFirst();
    }
}
