package fr.guichet.territories;

import java.util.regex.Pattern;

/**
 * URL slugs derived from commune or EPCI names, e.g.
 * {@code "Saint-Étienne-du-Rouvray"} → {@code "saint-etienne-du-rouvray"}.
 */
public final class Slugs {

    /** Maximum length of a slug. */
    public static final int MAX_LENGTH = 50;

    private static final Pattern VALID = Pattern.compile("^[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?$");

    private Slugs() {
    }

    /**
     * Builds a slug: lower case, accents stripped, ligatures expanded (œ → oe, æ → ae),
     * every run of characters outside {@code [a-z0-9]} replaced by a single {@code '-'},
     * no leading or trailing {@code '-'}, at most {@value #MAX_LENGTH} characters (cut at a
     * {@code '-'} boundary when possible). Returns an empty string when the name contains
     * no letter or digit.
     */
    public static String slugify(String name) {
        String slug = TextNormalizer.joinAlnumRuns(name, '-');
        if (slug.length() <= MAX_LENGTH) {
            return slug;
        }
        if (slug.charAt(MAX_LENGTH) == '-') {
            return slug.substring(0, MAX_LENGTH);
        }
        int boundary = slug.lastIndexOf('-', MAX_LENGTH - 1);
        return boundary > 0 ? slug.substring(0, boundary) : slug.substring(0, MAX_LENGTH);
    }

    /**
     * Tells whether {@code slug} is a well-formed slug: 1 to {@value #MAX_LENGTH} characters
     * of {@code [a-z0-9-]}, starting and ending with a letter or digit, without {@code "--"}.
     */
    public static boolean isValid(String slug) {
        return VALID.matcher(slug).matches() && !slug.contains("--");
    }
}
