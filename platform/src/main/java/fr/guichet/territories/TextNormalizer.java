package fr.guichet.territories;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Accent-, case- and punctuation-insensitive text folding shared by search and slugs.
 * Hand-written loops (no regular expressions): it runs on every name at load time.
 */
final class TextNormalizer {

    private TextNormalizer() {
    }

    /**
     * Lower-cases, strips diacritics and expands ligatures: {@code "Œuilly-Saint-Étienne"}
     * becomes {@code "oeuilly-saint-etienne"}. Characters with no ASCII equivalent are kept.
     */
    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (isAscii(lower)) {
            return lower;
        }
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length() + 4);
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            switch (c) {
                case 'œ' -> out.append("oe");
                case 'æ' -> out.append("ae");
                case 'ß' -> out.append("ss");
                case 'ø' -> out.append('o');
                case 'ł' -> out.append('l');
                case 'đ' -> out.append('d');
                default -> {
                    if (!isCombiningMark(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * Search key: folded text where every run of characters other than {@code [a-z0-9]}
     * (spaces, hyphens, apostrophes...) becomes a single space, trimmed.
     * {@code "L'Abergement-Clémenciat"} becomes {@code "l abergement clemenciat"}.
     */
    static String searchKey(String text) {
        return joinAlnumRuns(text, ' ');
    }

    /**
     * Folds {@code text} and joins its {@code [a-z0-9]} runs with {@code separator}
     * (no leading, trailing or doubled separator).
     */
    static String joinAlnumRuns(String text, char separator) {
        String folded = fold(text);
        StringBuilder out = new StringBuilder(folded.length());
        boolean pendingSeparator = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (pendingSeparator && !out.isEmpty()) {
                    out.append(separator);
                }
                pendingSeparator = false;
                out.append(c);
            } else {
                pendingSeparator = true;
            }
        }
        return out.toString();
    }

    private static boolean isCombiningMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
