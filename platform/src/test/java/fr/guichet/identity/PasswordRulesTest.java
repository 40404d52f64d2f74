package fr.guichet.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    private static final String EMAIL = "camille.martin@exemple.fr";

    @Test
    void twelveCharactersNeedEveryKindOfCharacter() {
        assertThat(PasswordRules.problem("Soleil#2026x", EMAIL)).isEmpty();
        assertThat(PasswordRules.problem("Soleil2026xy", EMAIL)).contains(PasswordRules.TOO_WEAK);
        assertThat(PasswordRules.problem("Sol#2026", EMAIL)).contains(PasswordRules.TOO_WEAK);
    }

    @Test
    void fourteenCharactersNeedLettersOfBothCasesAndDigits() {
        assertThat(PasswordRules.problem("Soleil2026Lune", EMAIL)).isEmpty();
        assertThat(PasswordRules.problem("soleil2026lune", EMAIL)).contains(PasswordRules.TOO_WEAK);
    }

    @Test
    void aPassphraseOfTwentyCharactersNeedsNothingElse() {
        assertThat(PasswordRules.problem("cheval agrafe pile correcte", EMAIL)).isEmpty();
        assertThat(PasswordRules.problem("cheval agrafe pile", EMAIL)).contains(PasswordRules.TOO_WEAK);
    }

    @Test
    void emptyOverlongRepetitiveOrAddressBasedPasswordsAreRefusedInFrench() {
        assertThat(PasswordRules.problem("", EMAIL)).contains("Choisissez un mot de passe.");
        assertThat(PasswordRules.problem("Aa1#".repeat(33), EMAIL))
                .contains("Le mot de passe ne doit pas dépasser 128 caractères.");
        assertThat(PasswordRules.problem("aaaaaaaaaaaaaaaaaaaaaaaa", EMAIL))
                .contains("Le mot de passe ne doit pas répéter toujours les mêmes caractères.");
        assertThat(PasswordRules.problem("Camille.Martin-2026", EMAIL))
                .contains("Le mot de passe ne doit pas contenir votre adresse électronique.");
    }

    @Test
    void lettersWithAccentsCountAsLetters() {
        assertThat(PasswordRules.problem("Éléphant#2026é", EMAIL)).isEmpty();
    }
}
