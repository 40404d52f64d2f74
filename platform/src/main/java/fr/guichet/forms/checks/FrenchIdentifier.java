package fr.guichet.forms.checks;

import java.util.function.Function;

/**
 * The French identifiers a form field can ask for. {@link #check(String)} accepts what people commonly type (spaces,
 * no-break spaces, dots, dashes, lower case) and returns the normalised form to store, or a message in French saying
 * what to correct. Only the shape and the check keys are verified: whether a SIRET, an RNA number or a postcode
 * actually exists is checked elsewhere against the official registers and lists.
 */
public enum FrenchIdentifier {

    /** A legal unit: 9 digits with a Luhn key; normalised to its 9 digits. */
    SIREN("Numéro SIREN", CompanyNumbers::siren),

    /** An establishment: 14 digits with a Luhn key (La Poste excepted); normalised to its 14 digits. */
    SIRET("Numéro SIRET", CompanyNumbers::siret),

    /** The social security number: 15 characters, key included; normalised without spaces (2A/2B kept). */
    NIR("Numéro de sécurité sociale", SocialSecurityNumber::check),

    /** A SEPA bank account; normalised in groups of four ({@code FR76 3000 6000 …}). */
    IBAN("IBAN", Iban::check),

    /** An association: W and 9 digits; normalised in upper case. */
    RNA("Numéro RNA (répertoire national des associations)", ShortCodes::rna),

    /** A French phone number; normalised to E.164 ({@code +33612345678}). */
    PHONE("Numéro de téléphone", PhoneNumbers::check),

    /** A postcode: 5 digits starting with a department; whether it exists is checked elsewhere (official list). */
    POSTCODE("Code postal", ShortCodes::postcode);

    private final String label;
    private final Function<String, CheckResult> check;

    FrenchIdentifier(String label, Function<String, CheckResult> check) {
        this.label = label;
        this.check = check;
    }

    /** The name of the identifier in French, as shown to agents building a form and to citizens. */
    public String label() {
        return label;
    }

    /** Checks what a citizen typed; never throws. */
    public CheckResult check(String input) {
        return check.apply(input);
    }
}
