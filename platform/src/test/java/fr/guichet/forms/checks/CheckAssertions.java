package fr.guichet.forms.checks;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions on check results shared by the tests of this package. */
final class CheckAssertions {

    private CheckAssertions() {
    }

    static void assertValid(CheckResult result, String normalised) {
        assertThat(result).isEqualTo(new CheckResult.Valid(normalised));
    }

    static void assertInvalid(CheckResult result, String message) {
        assertThat(result).isEqualTo(new CheckResult.Invalid(message));
    }

    static void assertInvalidMentioning(CheckResult result, String fragment) {
        assertThat(result).isInstanceOfSatisfying(CheckResult.Invalid.class,
                invalid -> assertThat(invalid.message()).contains(fragment));
    }
}
