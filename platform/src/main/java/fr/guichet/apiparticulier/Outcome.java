package fr.guichet.apiparticulier;

/** How a call to API Particulier ended, as logged and audited. */
public enum Outcome {
    RECEIVED,
    /** No record for this person (HTTP 404). */
    NOT_FOUND,
    /** The tenant's token was refused (HTTP 401 or 403). */
    UNAUTHORIZED,
    /** API Particulier or its provider failed or refused the request (HTTP 5xx, 429, 422, an unreadable answer). */
    UNAVAILABLE,
    /** No answer within the time allowed. */
    TIMEOUT
}
