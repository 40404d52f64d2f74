package fr.guichet.tenancy;

/** A provisioning request checked against the official lists and the control plane. */
record ValidatedRequest(ProvisioningRequest request, String officialName) {
}
