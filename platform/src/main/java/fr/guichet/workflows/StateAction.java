package fr.guichet.workflows;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
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

    /** The notices a state may send to the citizen, by the key a workflow names them with, and their French label. */
    public static final Map<String, String> CITIZEN_NOTICES = notices();

    public static StateAction notifyCitizen(String template) {
        return new StateAction(Kind.NOTIFY_CITIZEN, template);
    }

    public static StateAction notifyTeam() {
        return new StateAction(Kind.NOTIFY_TEAM, null);
    }

    public static StateAction generateDocument(String documentTemplate) {
        return new StateAction(Kind.GENERATE_DOCUMENT, documentTemplate);
    }

    private static Map<String, String> notices() {
        Map<String, String> notices = new LinkedHashMap<>();
        notices.put("request-received", "Accusé de réception");
        notices.put("information-requested", "Demande de complément (avec le commentaire)");
        notices.put("request-accepted", "Décision favorable");
        notices.put("request-refused", "Décision défavorable (avec le motif)");
        notices.put("status-changed", "Changement de statut (avec le commentaire)");
        return Collections.unmodifiableMap(notices);
    }
}
