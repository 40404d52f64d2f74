package fr.guichet.forms.checks;

import static fr.guichet.forms.checks.CheckAssertions.assertInvalid;
import static fr.guichet.forms.checks.CheckAssertions.assertValid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PatternRulesTest {

    private static final String NESTED = "Ce motif risque de bloquer la vérification des formulaires : il répète un "
            + "groupe qui contient lui-même une répétition, comme (a+)+ ou (\\w+\\s?)*. Simplifiez-le, par exemple en "
            + "écrivant a+ au lieu de (a+)+.";

    @ParameterizedTest(name = "pattern {0} is usable")
    @ValueSource(strings = {
            "[0-9]{5}",
            "\\d{2}( ?\\d{2}){4}",
            "[A-Z]{2}-\\d{3}-[A-Z]{2}",
            "(?i)[a-z]+",
            "(?i:abc)+",
            "(\\d{2})+",
            "(ab|cd)*",
            "(a?)+",
            "(?>a+)+",
            "(a++)+",
            "(a+)++",
            "(a+)?",
            "(a+)b(c*)",
            "[(+*)]+",
            "\\(a+\\)+",
            "\\Q(a+)+\\E",
            "[\\p{L}' -]+",
            "(?<code>\\d{3})-\\k<code>",
            "[]a+]+",
            "[a-z&&[^e]]+"})
    void patternWithoutNestedRepetitionIsAccepted(String regex) {
        assertThat(TextRules.compilePattern(regex)).isEmpty();
    }

    @ParameterizedTest(name = "pattern {0} is dangerous")
    @ValueSource(strings = {
            "(a+)+",
            "(a*)*",
            "(a+)*b",
            "(\\w+\\s?)*$",
            "^([a-z0-9-]+\\.)+[a-z]{2,}$",
            "((ab)*c)+",
            "((a+)b)+",
            "(a{1,3}){2,}",
            "(a+){10}",
            "(?:[a-z]+,?)+",
            "(?<word>\\w+ ?)+",
            "([\\p{L}]+ )*x",
            "(\\Q.\\E+)+"})
    void patternRepeatingAGroupThatContainsARepetitionIsRefused(String regex) {
        assertThat(TextRules.compilePattern(regex)).contains(NESTED);
    }

    @ParameterizedTest(name = "pattern « {0} » does not compile")
    @CsvSource(delimiter = '|', textBlock = """
            (abc   | Le motif n’est pas une expression régulière valide (vérifiez le motif vers le caractère n° 4).
            [a-z   | Le motif n’est pas une expression régulière valide (vérifiez le motif vers le caractère n° 4).
            *abc   | Le motif n’est pas une expression régulière valide (vérifiez le motif vers le caractère n° 1).
            """)
    void patternThatDoesNotCompileIsRefusedWithThePosition(String regex, String problem) {
        assertThat(TextRules.compilePattern(regex)).contains(problem);
    }

    @Test
    void blankOrTooLongPatternIsRefused() {
        assertThat(TextRules.compilePattern("  ")).contains("Le motif est vide.");
        assertThat(TextRules.compilePattern("a".repeat(500))).isEmpty();
        assertThat(TextRules.compilePattern("a".repeat(501)))
                .contains("Le motif est trop long : 501 caractères, pour 500 au maximum.");
    }

    @ParameterizedTest(name = "« {0} » against {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            AB-123-CD   | [A-Z]{2}-\\d{3}-[A-Z]{2} | true
            AB-123-CDE  | [A-Z]{2}-\\d{3}-[A-Z]{2} | false
            xAB-123-CD  | [A-Z]{2}-\\d{3}-[A-Z]{2} | false
            12345       | \\d{5}                   | true
            """)
    void patternMustMatchTheWholeValue(String value, String regex, boolean matches) {
        assertThat(TextRules.pattern(value, regex, "Format : AB-123-CD.").isValid()).isEqualTo(matches);
    }

    @Test
    void valueNotMatchingGetsTheAgentsMessageOrAGenericOne() {
        assertValid(TextRules.pattern("AB-123-CD", "[A-Z]{2}-\\d{3}-[A-Z]{2}", "Format : AB-123-CD."), "AB-123-CD");
        assertInvalid(TextRules.pattern("AB123CD", "[A-Z]{2}-\\d{3}-[A-Z]{2}", "Format : AB-123-CD."),
                "Format : AB-123-CD.");
        assertInvalid(TextRules.pattern("AB123CD", "[A-Z]{2}-\\d{3}-[A-Z]{2}", " "),
                "La valeur saisie n’a pas le format attendu.");
    }

    @Test
    void valueLongerThanTenThousandCharactersIsRefusedWithoutMatching() {
        assertValid(TextRules.pattern("a".repeat(10_000), "a*", "Seulement des a."), "a".repeat(10_000));
        assertInvalid(TextRules.pattern("a".repeat(10_001), "a*", "Seulement des a."),
                "Ce champ est trop long : 10\u202F000 caractères au maximum.");
    }

    @Test
    void refusedPatternCannotBeApplied() {
        assertThatIllegalArgumentException().isThrownBy(() -> TextRules.pattern("aaa", "(a+)+", "Des a."));
        assertThatIllegalArgumentException().isThrownBy(() -> TextRules.pattern("aaa", "(a", "Des a."));
    }

    @Test
    void slowPatternThatSlipsThroughTheShapeCheckIsStoppedByTheTimeGuard() {
        // Adjacent quantifiers over the same characters backtrack polynomially (here n^5) without any nesting.
        String regex = "a*a*a*a*a*b";
        assertThat(TextRules.compilePattern(regex)).isEmpty();

        long start = System.nanoTime();
        CheckResult result = TextRules.pattern("a".repeat(1_000), regex, "Seulement des a.");
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertInvalid(result, "Seulement des a.");
        assertThat(took).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void repeatedAlternationTooDeepForTheRegexEngineCountsAsAFailureInsteadOfCrashing() {
        // java.util.regex recurses once per repetition of a group with alternatives: with the usual thread stack,
        // 10,000 of them overflow it. Whatever the stack size, the citizen gets an answer, never an error page.
        String value = "ab".repeat(5_000);
        CheckResult result = TextRules.pattern(value, "(a|b)*", "Seulement des a et des b.");

        assertThat(result).isIn(new CheckResult.Valid(value), new CheckResult.Invalid("Seulement des a et des b."));
        assertValid(TextRules.pattern("ab".repeat(50), "(a|b)*", "Seulement des a et des b."), "ab".repeat(50));
    }
}
