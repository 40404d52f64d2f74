package fr.guichet.backoffice.workflows.ui;

import fr.guichet.workflows.StateAction;
import fr.guichet.workflows.Transition;
import fr.guichet.workflows.Workflow;
import fr.guichet.workflows.WorkflowState;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The workflow being edited: states and transitions as mutable rows the editor's fields write into, turned back into
 * a {@link Workflow} to check, save or publish. Keys are made once from the first label and never change, so that
 * renaming a state keeps the requests that are in it.
 */
final class WorkflowDraft {

    /** A state as the editor holds it. */
    static final class State {
        final String key;
        String citizenLabel;
        String agentLabel;
        int deadlineDays;
        boolean closing;
        @Nullable String notice;
        boolean notifyTeam;
        @Nullable String document;

        State(String key, String citizenLabel, String agentLabel) {
            this.key = key;
            this.citizenLabel = citizenLabel;
            this.agentLabel = agentLabel;
        }
    }

    /** A transition as the editor holds it. */
    static final class Move {
        final String key;
        String label;
        Set<String> from = new LinkedHashSet<>();
        String to;
        Set<String> roles = new LinkedHashSet<>();
        boolean commentRequired;
        boolean commentVisible;

        Move(String key, String label, String to) {
            this.key = key;
            this.label = label;
            this.to = to;
        }

        boolean byCitizen() {
            return key.equals(Workflow.ANSWER) || key.equals(Workflow.WITHDRAW);
        }
    }

    String initial;
    final List<State> states = new ArrayList<>();
    final List<Move> moves = new ArrayList<>();

    WorkflowDraft(Workflow workflow) {
        initial = workflow.initial();
        for (WorkflowState state : workflow.states()) {
            State row = new State(state.key(), state.citizenLabel(), state.agentLabel());
            row.deadlineDays = state.deadlineDays();
            row.closing = state.closing();
            for (StateAction action : state.onEnter()) {
                switch (action.kind()) {
                    case NOTIFY_CITIZEN -> row.notice = action.template();
                    case NOTIFY_TEAM -> row.notifyTeam = true;
                    case GENERATE_DOCUMENT -> row.document = action.template();
                }
            }
            states.add(row);
        }
        for (Transition transition : workflow.transitions()) {
            Move move = new Move(transition.key(), transition.label(), transition.to());
            move.from.addAll(transition.from());
            move.roles.addAll(transition.roles());
            move.commentRequired = transition.commentRequired();
            move.commentVisible = transition.commentVisibleToCitizen();
            moves.add(move);
        }
    }

    Workflow workflow() {
        List<WorkflowState> result = new ArrayList<>();
        for (State state : states) {
            List<StateAction> actions = new ArrayList<>();
            if (state.document != null) {
                actions.add(StateAction.generateDocument(state.document));
            }
            if (state.notice != null) {
                actions.add(StateAction.notifyCitizen(state.notice));
            }
            if (state.notifyTeam) {
                actions.add(StateAction.notifyTeam());
            }
            result.add(new WorkflowState(state.key, state.citizenLabel.strip(), state.agentLabel.strip(), actions,
                    state.deadlineDays, state.closing));
        }
        List<Transition> transitions = moves.stream().map(m -> new Transition(m.key, m.label.strip(), m.from, m.to,
                m.byCitizen() ? Set.of() : m.roles, m.commentRequired, m.commentVisible)).toList();
        return new Workflow(initial, result, transitions);
    }

    State addState(String label) {
        State state = new State(freeKey(label, key -> states.stream().anyMatch(s -> s.key.equals(key))), label,
                label);
        states.add(state);
        return state;
    }

    /** Removes a state and every reference to it; the checks then say what is left to fix. */
    void removeState(State state) {
        states.remove(state);
        moves.forEach(move -> move.from.remove(state.key));
    }

    Move addMove(String label, String to) {
        Move move = new Move(freeKey(label, key -> moves.stream().anyMatch(m -> m.key.equals(key))), label, to);
        move.roles.addAll(Set.of("AGENT", "ADMIN"));
        moves.add(move);
        return move;
    }

    /** A key made from the label (lower case, no accents, {@code _}), numbered when already taken. */
    static String freeKey(String label, Predicate<String> taken) {
        String base = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.FRENCH).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        base = base.isEmpty() ? "etat" : base.substring(0, Math.min(base.length(), 36));
        String key = base;
        for (int n = 2; taken.test(key) || key.equals(Workflow.ANSWER) || key.equals(Workflow.WITHDRAW); n++) {
            key = base + "_" + n;
        }
        return key;
    }
}
