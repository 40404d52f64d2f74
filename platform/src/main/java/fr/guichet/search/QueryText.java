package fr.guichet.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What is left of a typed query once made safe: control characters out, at most so many characters and words, and
 * whether anything is left to look for. Lucene's syntax is never parsed from it beyond the simple operators (quotes,
 * {@code +}, {@code |}, {@code -}, parentheses) that the simple query parser reads without ever failing.
 *
 * @param words the cleaned query, possibly empty
 * @param notice a French message when the query was cut or had nothing to look for
 */
record QueryText(String words, @Nullable String notice) {

    private static final Pattern REFERENCE = Pattern.compile("^([A-Za-z]{3})-(\\d{4})-(\\d{1,6})$");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\p{Cf}]");
    private static final Pattern SEARCHABLE = Pattern.compile("[\\p{L}\\p{N}]");

    static QueryText of(@Nullable String typed, int maxLength, int maxTerms) {
        String text = typed == null ? "" : CONTROL.matcher(typed).replaceAll(" ").strip();
        String notice = null;
        if (text.length() > maxLength) {
            text = text.substring(0, maxLength).strip();
            notice = "Votre recherche était trop longue : seuls ses " + maxLength
                    + " premiers caractères ont été pris en compte.";
        }
        String[] terms = text.isEmpty() ? new String[0] : text.split("\\s+");
        if (terms.length > maxTerms) {
            text = String.join(" ", Arrays.copyOf(terms, maxTerms));
            notice = "Votre recherche comptait trop de mots : seuls les " + maxTerms
                    + " premiers ont été pris en compte.";
        }
        if (!text.isEmpty() && !SEARCHABLE.matcher(text).find()) {
            return new QueryText("", "Saisissez au moins un mot ou un numéro : « " + abbreviated(text)
                    + " » ne contient rien à chercher. Voici toutes les demandes.");
        }
        return new QueryText(text, notice);
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    /** The request reference typed as the whole query ({@code ann-2026-42} reads as {@code ANN-2026-000042}). */
    Optional<String> reference() {
        Matcher matcher = REFERENCE.matcher(words);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "%s-%s-%06d", matcher.group(1).toUpperCase(Locale.ROOT),
                matcher.group(2), Long.parseLong(matcher.group(3))));
    }

    private static String abbreviated(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }
}
