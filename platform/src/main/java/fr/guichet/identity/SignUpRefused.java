package fr.guichet.identity;

import java.util.LinkedHashMap;
import java.util.Map;

/** A sign-up refused, with a French message for each field to correct (keys of {@link SignUp}); nothing was sent. */
public class SignUpRefused extends RuntimeException {

    private final Map<String, String> problems;

    SignUpRefused(Map<String, String> problems) {
        super(String.join(" ", problems.values()));
        this.problems = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    public Map<String, String> problems() {
        return problems;
    }
}
