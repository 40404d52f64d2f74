package fr.guichet.tenancy;

/**
 * Outcome of a provisioning call.
 *
 * @param alreadyProvisioned true when the same tenant was already active: the call changed nothing
 */
public record ProvisioningResult(Tenant tenant, boolean alreadyProvisioned) {
}
