package fr.guichet.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A public agent the ProConnect-like issuer vouches for, with ProConnect's claims: {@code given_name},
 * {@code usual_name}, {@code email}, {@code uid} (the agent's id at its identity provider), {@code siret} (the
 * employer), plus {@code email_verified} so that an unverified address can be tested.
 */
record AgentIdentity(String login, String givenName, String usualName, String email, boolean emailVerified,
        String siret, String uid) {

    /** Logins of agents start with this prefix; the ProConnect picker lists them only. */
    static final String PREFIX = "agent-";

    /** The simulator's test agents (fictitious people; the SIRET numbers are made up). */
    static final List<AgentIdentity> ALL = List.of(
            new AgentIdentity("agent-camille", "Camille", "ROUSSEAU", "agent@annecy.localhost", true,
                    "00000000000001", "c-rousseau"),
            new AgentIdentity("agent-claire", "Claire", "FONTAINE", "claire.fontaine@mairie.example", true,
                    "00000000000002", "c-fontaine"),
            new AgentIdentity("agent-marc", "Marc", "LEROY", "marc.leroy@mairie.example", true,
                    "00000000000002", "m-leroy"),
            new AgentIdentity("agent-ines", "Inès", "GARNIER", "ines.garnier@mairie.example", false,
                    "00000000000002", "i-garnier"),
            new AgentIdentity("agent-paul", "Paul", "INCONNU", "paul.inconnu@ailleurs.example", true,
                    "00000000000003", "p-inconnu"));

    static Optional<AgentIdentity> byLogin(String login) {
        return ALL.stream().filter(identity -> identity.login().equals(login)).findFirst();
    }

    /** The claims granted by {@code scopes}, as ProConnect's userinfo names them. */
    Map<String, Object> claims(Set<String> scopes) {
        Map<String, Object> claims = new LinkedHashMap<>();
        if (scopes.contains("email")) {
            claims.put("email", email);
            claims.put("email_verified", emailVerified);
        }
        if (scopes.contains("given_name")) {
            claims.put("given_name", givenName);
        }
        if (scopes.contains("usual_name")) {
            claims.put("usual_name", usualName);
        }
        if (scopes.contains("siret")) {
            claims.put("siret", siret);
        }
        if (scopes.contains("uid")) {
            claims.put("uid", uid);
        }
        claims.put("idp_id", "simulateur");
        return claims;
    }

    String label() {
        return givenName + " " + usualName + " – " + email + (emailVerified ? "" : " (adresse non vérifiée)");
    }
}
