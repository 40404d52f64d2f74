package fr.guichet.workflows;

import java.util.Set;

/**
 * A move between states.
 *
 * @param key stable identifier, e.g. {@code accept}
 * @param label the action's French label in the back office, e.g. « Accepter »
 * @param from the states it leaves from
 * @param to the state it leads to
 * @param roles the agents' roles allowed to make it ({@code AGENT}, {@code ADMIN}); empty for a citizen's move
 * @param commentRequired whether a comment must be given (a refusal is always motivated)
 * @param commentVisibleToCitizen whether the comment is shown to the citizen (a question, a motivation)
 */
public record Transition(String key, String label, Set<String> from, String to, Set<String> roles,
        boolean commentRequired, boolean commentVisibleToCitizen) {

    public Transition {
        from = Set.copyOf(from);
        roles = Set.copyOf(roles);
    }

    /** Whether the citizen makes this move (answering, withdrawing), not an agent. */
    public boolean byCitizen() {
        return roles.isEmpty();
    }
}
