package fr.guichet.tenancy;

/** A lifecycle change that the tenant's current status does not allow. The message is French, for users. */
public class TenantStateConflict extends RuntimeException {

    public TenantStateConflict(String message) {
        super(message);
    }
}
