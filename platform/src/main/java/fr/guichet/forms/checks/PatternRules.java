package fr.guichet.forms.checks;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Patterns written by agents: vetted before use, compiled once, and applied under a time budget. */
final class PatternRules {

    private static final Logger log = LoggerFactory.getLogger(PatternRules.class);

    /** How long one match may run before it counts as a failure. */
    static final Duration MATCH_BUDGET = Duration.ofMillis(100);

    private static final int CACHE_BOUND = 1_000;
    private static final ConcurrentMap<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    private PatternRules() {
    }

    static Optional<String> problem(String regex) {
        if (regex.isBlank()) {
            return Optional.of("Le motif est vide.");
        }
        if (regex.length() > TextRules.MAX_PATTERN_LENGTH) {
            return Optional.of("Le motif est trop long : " + regex.length() + " caractères, pour "
                    + TextRules.MAX_PATTERN_LENGTH + " au maximum.");
        }
        try {
            Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            int position = Math.min(e.getIndex() + 1, regex.length());
            String where = e.getIndex() >= 0 ? " (vérifiez le motif vers le caractère n° " + position + ")" : "";
            return Optional.of("Le motif n’est pas une expression régulière valide" + where + ".");
        } catch (StackOverflowError tooDeep) {
            return Optional.of("Le motif est trop complexe : simplifiez-le.");
        }
        if (RegexShapes.hasNestedRepetition(regex)) {
            return Optional.of("Ce motif risque de bloquer la vérification des formulaires : il répète un groupe qui "
                    + "contient lui-même une répétition, comme (a+)+ ou (\\w+\\s?)*. Simplifiez-le, par exemple en "
                    + "écrivant a+ au lieu de (a+)+.");
        }
        return Optional.empty();
    }

    static CheckResult apply(String value, String regex, String friendlyMessage) {
        Optional<String> problem = problem(regex);
        if (problem.isPresent()) {
            throw new IllegalArgumentException("Pattern refused: " + problem.get());
        }
        String message = friendlyMessage.isBlank() ? "La valeur saisie n’a pas le format attendu." : friendlyMessage;
        if (value.length() > TextRules.MAX_PATTERN_INPUT) {
            return Typing.invalid("Ce champ est trop long : "
                    + TextRules.french(BigDecimal.valueOf(TextRules.MAX_PATTERN_INPUT)) + " caractères au maximum.");
        }
        Pattern pattern = compiled(regex);
        try {
            boolean matches = pattern.matcher(new TimeBoxed(value, System.nanoTime() + MATCH_BUDGET.toNanos()))
                    .matches();
            return matches ? new CheckResult.Valid(value) : Typing.invalid(message);
        } catch (TimeBoxed.OutOfTime | StackOverflowError slow) {
            log.warn("A form pattern of {} characters was stopped on a value of {} characters: {}", regex.length(),
                    value.length(), slow.getClass().getSimpleName());
            return Typing.invalid(message);
        }
    }

    private static Pattern compiled(String regex) {
        Pattern pattern = COMPILED.get(regex);
        if (pattern == null) {
            if (COMPILED.size() >= CACHE_BOUND) {
                COMPILED.clear();
            }
            pattern = COMPILED.computeIfAbsent(regex, Pattern::compile);
        }
        return pattern;
    }

    /** The value seen by the matcher, which gives up once the deadline has passed. */
    private static final class TimeBoxed implements CharSequence {

        /** Thrown to unwind the matcher; no stack trace, it is expected. */
        static final class OutOfTime extends RuntimeException {
            OutOfTime() {
                super("Pattern matching ran out of time", null, false, false);
            }
        }

        private final CharSequence text;
        private final long deadline;
        private int reads;

        TimeBoxed(CharSequence text, long deadline) {
            this.text = text;
            this.deadline = deadline;
        }

        @Override
        public char charAt(int index) {
            if ((++reads & 0x3FF) == 0 && System.nanoTime() - deadline > 0) {
                throw new OutOfTime();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new TimeBoxed(text.subSequence(start, end), deadline);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
