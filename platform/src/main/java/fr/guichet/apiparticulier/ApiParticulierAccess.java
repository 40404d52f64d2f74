package fr.guichet.apiparticulier;

import java.time.Instant;

/** A tenant's API Particulier access as operators see it: never the token itself. */
public record ApiParticulierAccess(String siret, ApiParticulierEnvironment environment, String baseUrl,
        Instant updatedAt, String updatedBy) {
}
