package fr.guichet.forms.checks;

import java.util.Objects;

/**
 * The outcome of checking what a citizen typed: either the value in its normalised form, ready to be stored, or a
 * message in French telling the citizen what to correct.
 */
public sealed interface CheckResult permits CheckResult.Valid, CheckResult.Invalid {

    /** Whether the value was accepted. */
    default boolean isValid() {
        return this instanceof Valid;
    }

    /**
     * The value was accepted.
     *
     * @param normalised the value as it should be stored and displayed (separators removed, upper case, E.164, …)
     */
    record Valid(String normalised) implements CheckResult {

        public Valid {
            Objects.requireNonNull(normalised, "normalised");
        }
    }

    /**
     * The value was refused.
     *
     * @param message what to correct, in French, addressed to the person who typed the value
     */
    record Invalid(String message) implements CheckResult {

        public Invalid {
            if (message.isBlank()) {
                throw new IllegalArgumentException("An invalid result needs a message");
            }
        }
    }
}
