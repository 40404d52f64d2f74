package fr.guichet.identity;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** A profile change refused, with a French message for each field to correct; nothing was written. */
public class ProfileRefused extends RuntimeException {

    private final Map<ProfileField, String> problems;

    ProfileRefused(Map<ProfileField, String> problems) {
        super(String.join(" ", problems.values()));
        Map<ProfileField, String> copy = new EnumMap<>(ProfileField.class);
        copy.putAll(problems);
        this.problems = Collections.unmodifiableMap(copy);
    }

    public Map<ProfileField, String> problems() {
        return problems;
    }
}
