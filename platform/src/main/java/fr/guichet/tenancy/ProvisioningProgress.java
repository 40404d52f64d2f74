package fr.guichet.tenancy;

/**
 * Told of each provisioning step once it is done. An exception thrown here aborts provisioning, which is then
 * rolled back like any other failure.
 */
@FunctionalInterface
public interface ProvisioningProgress {

    ProvisioningProgress NONE = step -> { };

    void stepDone(ProvisioningStep step);
}
