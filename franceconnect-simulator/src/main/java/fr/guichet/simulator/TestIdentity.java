package fr.guichet.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A person the simulator vouches for, with FranceConnect's identity claims (pivot identity): {@code birthplace} is
 * the INSEE code of the commune of birth (empty when born abroad), {@code birthcountry} the INSEE code of the
 * country (99100 for France), {@code preferred_username} the usage name, when it differs from the birth name.
 */
record TestIdentity(String login, String givenName, String familyName, @Nullable String preferredUsername,
        String birthdate, String birthplace, String birthcountry, String gender, String email) {

    /** The simulator's test identities (fictitious people). */
    static final List<TestIdentity> ALL = List.of(
            new TestIdentity("angela", "Angela Claire Louise", "DUBOIS", null, "1962-08-24", "75107", "99100",
                    "female", "angela.dubois@exemple.fr"),
            new TestIdentity("pierre", "Pierre", "MERCIER", "DUPONT", "1969-03-17", "74010", "99100", "male",
                    "pierre.mercier@exemple.fr"),
            new TestIdentity("karima", "Karima", "BENALI", null, "1990-11-02", "", "99350", "female",
                    "karima.benali@exemple.fr"),
            new TestIdentity("lucas", "Lucas Jean", "MARTIN", null, "2004-01-30", "74281", "99100", "male",
                    "lucas.martin@exemple.fr"));

    /**
     * FranceConnect's subject is pairwise: one person has a different {@code sub} for each service provider.
     */
    String subjectFor(String clientId) {
        return Pairwise.subject(login, clientId);
    }

    static Optional<TestIdentity> byLogin(String login) {
        return ALL.stream().filter(identity -> identity.login().equals(login)).findFirst();
    }

    /** The identity claims granted by {@code scopes}, as FranceConnect's userinfo names them. */
    Map<String, Object> claims(Set<String> scopes) {
        Map<String, Object> claims = new LinkedHashMap<>();
        put(claims, scopes, "given_name", givenName);
        put(claims, scopes, "family_name", familyName);
        put(claims, scopes, "preferred_username", preferredUsername);
        put(claims, scopes, "birthdate", birthdate);
        put(claims, scopes, "birthplace", birthplace);
        put(claims, scopes, "birthcountry", birthcountry);
        put(claims, scopes, "gender", gender);
        put(claims, scopes, "email", email);
        return claims;
    }

    private static void put(Map<String, Object> claims, Set<String> scopes, String claim, @Nullable Object value) {
        if (scopes.contains(claim) && value != null) {
            claims.put(claim, value);
        }
    }

    /** How the identity picker shows this person. */
    String label() {
        String born = "female".equals(gender) ? "née" : "né";
        return givenName + " " + (preferredUsername != null ? preferredUsername + " (" + born + " " + familyName + ")"
                : familyName) + ", " + born + " le " + birthdate.substring(8) + "/" + birthdate.substring(5, 7) + "/"
                + birthdate.substring(0, 4);
    }
}
