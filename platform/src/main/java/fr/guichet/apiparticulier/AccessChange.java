package fr.guichet.apiparticulier;

import org.jspecify.annotations.Nullable;

/**
 * What an operator enters for a tenant's API Particulier access.
 *
 * @param token the token from API Particulier's habilitation; blank keeps the stored one
 * @param siret the commune's SIRET, sent as {@code recipient}
 * @param simulatorUrl the simulator's address, used only with {@link ApiParticulierEnvironment#SIMULATOR}
 */
public record AccessChange(String token, String siret, @Nullable ApiParticulierEnvironment environment,
        String simulatorUrl) {
}
