package fr.guichet.requests;

/** What an entry of a request's timeline records. */
public enum EventKind {
    SUBMITTED,
    TRANSITION,
    MESSAGE_TO_CITIZEN,
    MESSAGE_FROM_CITIZEN,
    NOTE,
    ASSIGNED,
    /** Assigned to a team (its name in the text), or to no team (no text). */
    TEAM_ASSIGNED,
    /** A workflow state generated a document for the citizen. */
    DOCUMENT_ISSUED,
    /** An agent posted a letter to a citizen who prefers post. */
    LETTER_SENT
}
