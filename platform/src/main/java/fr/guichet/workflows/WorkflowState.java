package fr.guichet.workflows;

import java.util.List;

/**
 * A state of a workflow.
 *
 * @param key stable identifier stored on requests
 * @param citizenLabel what the citizen reads in plain French
 * @param agentLabel what agents read
 * @param onEnter what happens when a request enters the state
 * @param deadlineDays when positive, entering the state sets the request's due date this many days later
 * @param closing whether entering the state closes the request (no further transition is offered)
 */
public record WorkflowState(String key, String citizenLabel, String agentLabel, List<StateAction> onEnter,
        int deadlineDays, boolean closing) {

    public WorkflowState {
        onEnter = List.copyOf(onEnter);
    }
}
