/**
 * Tenants' secrets at rest: AES-256-GCM under keys taken from the configuration (never from the database), each secret
 * bound to its owner (the tenant id) so that a sealed value copied into another tenant's row does not decrypt. Used by
 * FranceConnect client registrations, agents' identity providers, API Particulier tokens and TOTP secrets.
 */
@NullMarked
package fr.guichet.secrets;

import org.jspecify.annotations.NullMarked;
