package fr.guichet.identity;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A sign-up as typed on the portal. Problems are keyed by {@link #EMAIL}, {@link #PASSWORD}, {@link #CONFIRMATION}
 * and {@link #TERMS}.
 */
public record SignUp(String email, String password, String confirmation, boolean termsAccepted) {

    public static final String EMAIL = "email";
    public static final String PASSWORD = "password";
    public static final String CONFIRMATION = "confirmation";
    public static final String TERMS = "terms";

    /** Every problem at once, in French, in the order of the form; empty when the sign-up can go ahead. */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (email.isBlank()) {
            problems.put(EMAIL, "Saisissez votre adresse électronique.");
        } else if (!EmailAddresses.isValid(email)) {
            problems.put(EMAIL, "Saisissez une adresse électronique valide, par exemple nom@domaine.fr.");
        }
        PasswordRules.problem(password, email).ifPresent(problem -> problems.put(PASSWORD, problem));
        if (!password.isEmpty() && !password.equals(confirmation)) {
            problems.put(CONFIRMATION, "Les deux mots de passe ne sont pas identiques : saisissez-le à nouveau.");
        }
        if (!termsAccepted) {
            problems.put(TERMS, "Acceptez les conditions d’utilisation pour créer votre compte.");
        }
        return problems;
    }

    /** Never shows the passwords, should a sign-up end up in a log. */
    @Override
    public String toString() {
        return "SignUp[email=" + EmailAddresses.masked(email) + ", termsAccepted=" + termsAccepted + "]";
    }
}
