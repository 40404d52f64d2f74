package fr.guichet.franceconnect;

import java.time.Instant;

/**
 * A tenant's FranceConnect client registration as operators see it: never the secret itself.
 *
 * @param providerUrl the provider's issuer, under which the v2 endpoints live
 */
public record FranceConnectRegistration(String clientId, String providerUrl, Instant updatedAt, String updatedBy) {
}
