package fr.guichet.forms.checks;

import java.text.Normalizer;

/** How people type identifiers: the separators to drop, the case to fix, and a few helpers for the checks. */
final class Typing {

    private Typing() {
    }

    /**
     * The input in NFKC form (full-width digits become ASCII), without white space of any kind (including no-break
     * spaces), dots and dashes, in upper case.
     */
    static String compact(String input) {
        String folded = Normalizer.normalize(input, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints()
                .filter(cp -> !isSeparator(cp))
                .forEach(cp -> out.appendCodePoint(Character.toUpperCase(cp)));
        return out.toString();
    }

    private static boolean isSeparator(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '.' || cp == '-'
                || (cp >= '\u2010' && cp <= '\u2015') || cp == '\u2212';
    }

    /** Whether the text is made of ASCII digits only (and is not empty). */
    static boolean allDigits(CharSequence text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The sum of the digits of an all-digit text. */
    static int digitSum(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += digits.charAt(i) - '0';
        }
        return sum;
    }

    /** The Luhn checksum holds for this all-digit text (the last digit being the key). */
    static boolean luhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    /** The French plural of a noun after a count: « 1 caractère », « 0 caractère », « 2 caractères ». */
    static String count(long n, String noun) {
        return n + " " + (Math.abs(n) <= 1 ? noun : noun + "s");
    }

    static CheckResult invalid(String message) {
        return new CheckResult.Invalid(message);
    }
}
