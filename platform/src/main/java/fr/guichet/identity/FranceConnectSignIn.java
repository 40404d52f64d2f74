package fr.guichet.identity;

import java.io.Serializable;

/**
 * What a FranceConnect sign-in leads to in a commune (decision 018): a citizen signed in, or an account of the same
 * confirmed address that its owner must link by signing in once with their password (never a silent merge on the
 * address alone), or an account already linked to another FranceConnect identity.
 */
public sealed interface FranceConnectSignIn extends Serializable {

    /** The account of this identity, created or linked; its certified attributes refreshed. */
    record SignedIn(FranceConnectCitizen citizen) implements FranceConnectSignIn {
    }

    /** A confirmed password account has this address: its owner proves it with the password, once. */
    record LinkNeeded(CertifiedIdentity identity) implements FranceConnectSignIn {
    }

    /** The account with this address is linked to another FranceConnect identity: nothing is changed. */
    record LinkedElsewhere() implements FranceConnectSignIn {
    }
}
