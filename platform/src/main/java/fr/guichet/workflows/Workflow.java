package fr.guichet.workflows;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The states a procedure's requests go through and the moves between them. {@link #standard()} is the workflow
 * every procedure starts with.
 *
 * @param initial the state of a request just submitted
 * @param states every state
 * @param transitions every move
 */
public record Workflow(String initial, List<WorkflowState> states, List<Transition> transitions) {

    public static final String RECEIVED = "recue";
    public static final String IN_PROGRESS = "en_instruction";
    public static final String WAITING_CITIZEN = "attente_complements";
    public static final String ACCEPTED = "acceptee";
    public static final String REFUSED = "refusee";
    public static final String CLOSED = "cloturee";
    public static final String WITHDRAWN = "retiree";

    /** The citizen's answer to a request for more information, which returns the request to the agent. */
    public static final String ANSWER = "repondre";
    /** The citizen's withdrawal. */
    public static final String WITHDRAW = "retirer";

    private static final Set<String> AGENTS = Set.of("AGENT", "ADMIN");
    private static final Set<String> CITIZEN = Set.of();

    public Workflow {
        states = List.copyOf(states);
        transitions = List.copyOf(transitions);
    }

    /** Reçue, En cours d’instruction, En attente de compléments, Acceptée, Refusée, Clôturée (and Retirée). */
    public static Workflow standard() {
        return new Workflow(RECEIVED, List.of(
                new WorkflowState(RECEIVED, "Reçue", "Reçue, à instruire",
                        List.of(StateAction.notifyCitizen("request-received")), 0, false),
                new WorkflowState(IN_PROGRESS, "En cours d’instruction", "En cours d’instruction", List.of(), 0,
                        false),
                new WorkflowState(WAITING_CITIZEN, "En attente de compléments de votre part",
                        "En attente de compléments", List.of(StateAction.notifyCitizen("information-requested")),
                        0, false),
                new WorkflowState(ACCEPTED, "Acceptée", "Acceptée", List.of(StateAction.notifyCitizen(
                        "request-accepted")), 0, false),
                new WorkflowState(REFUSED, "Refusée", "Refusée", List.of(StateAction.notifyCitizen(
                        "request-refused")), 0, false),
                new WorkflowState(CLOSED, "Clôturée", "Clôturée", List.of(), 0, true),
                new WorkflowState(WITHDRAWN, "Retirée à votre demande", "Retirée par l’usager", List.of(), 0, true)),
                List.of(
                        new Transition("prendre_en_charge", "Prendre en charge", Set.of(RECEIVED), IN_PROGRESS,
                                AGENTS, false, false),
                        new Transition("demander_complements", "Demander des compléments",
                                Set.of(RECEIVED, IN_PROGRESS), WAITING_CITIZEN, AGENTS, true, true),
                        new Transition(ANSWER, "Répondre", Set.of(WAITING_CITIZEN), IN_PROGRESS, CITIZEN, true,
                                true),
                        new Transition("accepter", "Accepter", Set.of(RECEIVED, IN_PROGRESS), ACCEPTED, AGENTS,
                                false, true),
                        new Transition("refuser", "Refuser", Set.of(RECEIVED, IN_PROGRESS, WAITING_CITIZEN), REFUSED,
                                AGENTS, true, true),
                        new Transition("cloturer", "Clôturer", Set.of(ACCEPTED, REFUSED), CLOSED, AGENTS, false,
                                false),
                        new Transition(WITHDRAW, "Retirer ma demande",
                                Set.of(RECEIVED, IN_PROGRESS, WAITING_CITIZEN), WITHDRAWN, CITIZEN, false, true)));
    }

    public Optional<WorkflowState> state(String key) {
        return states.stream().filter(state -> state.key().equals(key)).findFirst();
    }

    public Optional<Transition> transition(String key) {
        return transitions.stream().filter(transition -> transition.key().equals(key)).findFirst();
    }

    /** The agents' moves from {@code status} that one of {@code roles} allows. */
    public List<Transition> agentMoves(String status, Set<String> roles) {
        return transitions.stream().filter(t -> !t.byCitizen() && t.from().contains(status))
                .filter(t -> t.roles().stream().anyMatch(roles::contains)).toList();
    }

    /** The citizen's moves from {@code status}. */
    public List<Transition> citizenMoves(String status) {
        return transitions.stream().filter(t -> t.byCitizen() && t.from().contains(status)).toList();
    }

    /** The citizen's label of a state, or its key for a state this workflow no longer has. */
    public String citizenLabel(String status) {
        return state(status).map(WorkflowState::citizenLabel).orElse(status);
    }

    public String agentLabel(String status) {
        return state(status).map(WorkflowState::agentLabel).orElse(status);
    }
}
