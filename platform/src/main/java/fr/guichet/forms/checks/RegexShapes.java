package fr.guichet.forms.checks;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Spots the shape of regular expression that makes a backtracking engine such as {@link java.util.regex} take
 * exponential time: a repeated group that itself contains a variable repetition, as in {@code (a+)+},
 * {@code (\w+\s?)*} or {@code ((ab)*c){2,}}. Atomic groups and possessive quantifiers do not backtrack and are
 * allowed. Other slow shapes (adjacent repetitions of the same characters such as {@code a*a*a*b}, overlapping
 * alternatives such as {@code (a|aa)+}) are left to the time guard of {@link TextRules#pattern}. The expression must
 * already compile.
 */
final class RegexShapes {

    private RegexShapes() {
    }

    /** A group being read: whether it is atomic, and whether it contains a variable repetition. */
    private static final class Group {
        final boolean atomic;
        boolean variable;

        Group(boolean atomic) {
            this.atomic = atomic;
        }
    }

    /** A quantifier: its bounds (max −1 for unbounded), whether it is possessive, and where it ends. */
    private record Quantifier(int min, int max, boolean possessive, int end) {

        static final Quantifier NONE = new Quantifier(1, 1, false, -1);

        boolean repeats() {
            return !possessive && (max < 0 || max > 1);
        }

        boolean variable() {
            return repeats() && max != min;
        }
    }

    static boolean hasNestedRepetition(String regex) {
        Deque<Group> groups = new ArrayDeque<>();
        groups.push(new Group(false));
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == '(') {
                if (regex.startsWith("(?", i) && isInlineFlags(regex, i + 2)) {
                    i = regex.indexOf(')', i) + 1;
                    continue;
                }
                groups.push(new Group(regex.startsWith("(?>", i)));
                i++;
                continue;
            }
            int atomEnd;
            boolean groupVariable = false;
            if (c == ')') {
                Group closed = groups.pop();
                groupVariable = closed.variable && !closed.atomic;
                atomEnd = i + 1;
            } else if (c == '\\') {
                atomEnd = endOfEscape(regex, i);
            } else if (c == '[') {
                atomEnd = endOfClass(regex, i);
            } else {
                atomEnd = i + 1;
            }
            Quantifier quantifier = quantifierAt(regex, atomEnd);
            if (groupVariable && quantifier.repeats()) {
                return true;
            }
            if (groups.isEmpty()) {
                return false; // unbalanced: cannot happen once the expression compiles
            }
            Group enclosing = groups.peek();
            enclosing.variable |= groupVariable || quantifier.variable();
            i = quantifier == Quantifier.NONE ? atomEnd : quantifier.end();
        }
        return false;
    }

    /** Whether {@code (?} at this point opens only flags, as in {@code (?i)}, rather than a group. */
    private static boolean isInlineFlags(String regex, int from) {
        int i = from;
        while (i < regex.length() && (Character.isLetter(regex.charAt(i)) || regex.charAt(i) == '-')) {
            i++;
        }
        return i > from && i < regex.length() && regex.charAt(i) == ')';
    }

    private static int endOfEscape(String regex, int backslash) {
        int i = backslash + 1;
        if (i >= regex.length()) {
            return i;
        }
        char c = regex.charAt(i);
        if (c == 'Q') {
            int end = regex.indexOf("\\E", i);
            return end < 0 ? regex.length() : end + 2;
        }
        if ("pPxN".indexOf(c) >= 0 && i + 1 < regex.length() && regex.charAt(i + 1) == '{') {
            return regex.indexOf('}', i) + 1;
        }
        if (c == 'k' && i + 1 < regex.length() && regex.charAt(i + 1) == '<') {
            return regex.indexOf('>', i) + 1;
        }
        if (c == 'c') {
            return Math.min(i + 2, regex.length());
        }
        return i + 1;
    }

    /** The end of a character class, which may nest ({@code [a-z&&[^e]]}) and start with a literal ]. */
    private static int endOfClass(String regex, int open) {
        int depth = 0;
        int i = open;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i = endOfEscape(regex, i);
                continue;
            }
            if (c == '[') {
                depth++;
                i++;
                if (i < regex.length() && regex.charAt(i) == '^') {
                    i++;
                }
                if (i < regex.length() && regex.charAt(i) == ']') {
                    i++; // a ] first in a class is a literal
                }
                continue;
            }
            if (c == ']' && --depth == 0) {
                return i + 1;
            }
            i++;
        }
        return regex.length();
    }

    private static Quantifier quantifierAt(String regex, int at) {
        if (at >= regex.length()) {
            return Quantifier.NONE;
        }
        int min;
        int max;
        int end;
        char c = regex.charAt(at);
        if (c == '*' || c == '+' || c == '?') {
            min = c == '+' ? 1 : 0;
            max = c == '?' ? 1 : -1;
            end = at + 1;
        } else if (c == '{') {
            int close = regex.indexOf('}', at);
            if (close < 0) {
                return Quantifier.NONE;
            }
            String[] bounds = regex.substring(at + 1, close).split(",", -1);
            try {
                min = Integer.parseInt(bounds[0].strip());
                max = bounds.length == 1 ? min : bounds[1].isBlank() ? -1 : Integer.parseInt(bounds[1].strip());
            } catch (NumberFormatException notAQuantifier) {
                return Quantifier.NONE;
            }
            end = close + 1;
        } else {
            return Quantifier.NONE;
        }
        boolean possessive = end < regex.length() && regex.charAt(end) == '+';
        if (end < regex.length() && (regex.charAt(end) == '+' || regex.charAt(end) == '?')) {
            end++;
        }
        return new Quantifier(min, max, possessive, end);
    }
}
