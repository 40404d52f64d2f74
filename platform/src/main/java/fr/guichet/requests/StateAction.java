package fr.guichet.requests;

import org.jspecify.annotations.Nullable;

/**
 * Something done when a request enters a state, in the same transaction as the transition.
 *
 * @param kind what to do
 * @param template the notification or document template, for the kinds that use one
 */
public record StateAction(Kind kind, @Nullable String template) {

    public enum Kind {
        /** Notify the citizen through their preferred channel with {@code template}. */
        NOTIFY_CITIZEN,
        /** Notify the team that processes the procedure. */
        NOTIFY_TEAM,
        /** Generate a document from {@code template} and attach it to the request. */
        GENERATE_DOCUMENT
    }

    public static StateAction notifyCitizen(String template) {
        return new StateAction(Kind.NOTIFY_CITIZEN, template);
    }
}
