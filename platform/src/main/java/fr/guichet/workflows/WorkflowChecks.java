package fr.guichet.workflows;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What stops a workflow from being saved or published, every problem at once, in French: unknown or unreachable
 * states, no closing state, empty or repeated labels, citizen's moves the portal could not offer (answering a
 * request for information, withdrawing), actions without their template.
 */
public final class WorkflowChecks {

    /** Keys of states and transitions: stored in {@code requests.status} (40 characters). */
    public static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9_]{0,39}");
    public static final int MAX_LABEL = 100;
    public static final int MAX_DEADLINE_DAYS = 365;
    /** The agents' roles a transition may allow. */
    public static final Set<String> ROLES = Set.of("AGENT", "ADMIN");

    private WorkflowChecks() {
    }

    public static List<String> problems(Workflow workflow) {
        Set<String> problems = new LinkedHashSet<>();
        Map<String, WorkflowState> states = new HashMap<>();
        Set<String> citizenLabels = new HashSet<>();
        Set<String> agentLabels = new HashSet<>();
        if (workflow.states().isEmpty()) {
            problems.add("Le circuit n’a aucun état.");
        }
        for (WorkflowState state : workflow.states()) {
            String name = "État « " + (state.agentLabel().isBlank() ? state.key() : state.agentLabel()) + " »";
            key(problems, name, state.key());
            if (states.putIfAbsent(state.key(), state) != null) {
                problems.add(name + " : la clé « " + state.key() + " » est déjà celle d’un autre état.");
            }
            label(problems, name, "le libellé pour l’usager", state.citizenLabel(), citizenLabels);
            label(problems, name, "le libellé pour les agents", state.agentLabel(), agentLabels);
            if (state.deadlineDays() < 0 || state.deadlineDays() > MAX_DEADLINE_DAYS) {
                problems.add(name + " : le délai est de 0 à " + MAX_DEADLINE_DAYS + " jours ("
                        + state.deadlineDays() + " ici).");
            }
            for (StateAction action : state.onEnter()) {
                action(problems, name, action);
            }
        }
        if (!workflow.states().isEmpty() && workflow.states().stream().noneMatch(WorkflowState::closing)) {
            problems.add("Aucun état ne clôt la demande : marquez au moins un état comme état de clôture.");
        }
        WorkflowState initial = states.get(workflow.initial());
        if (initial == null) {
            problems.add("L’état initial « " + workflow.initial() + " » n’existe pas dans le circuit.");
        } else if (initial.closing()) {
            problems.add("L’état initial « " + initial.agentLabel() + " » ne peut pas clore la demande.");
        }
        transitions(problems, workflow, states);
        if (initial != null) {
            reachability(problems, workflow, initial.key());
        }
        return List.copyOf(problems);
    }

    private static void transitions(Set<String> problems, Workflow workflow, Map<String, WorkflowState> states) {
        Set<String> keys = new HashSet<>();
        Set<String> labels = new HashSet<>();
        for (Transition transition : workflow.transitions()) {
            String name = "Action « " + (transition.label().isBlank() ? transition.key() : transition.label()) + " »";
            key(problems, name, transition.key());
            if (!keys.add(transition.key())) {
                problems.add(name + " : la clé « " + transition.key() + " » est déjà celle d’une autre action.");
            }
            label(problems, name, "le libellé", transition.label(), labels);
            if (transition.from().isEmpty()) {
                problems.add(name + " : choisissez au moins un état de départ.");
            }
            for (String from : transition.from()) {
                WorkflowState state = states.get(from);
                if (state == null) {
                    problems.add(name + " : l’état de départ « " + from + " » n’existe pas.");
                } else if (state.closing()) {
                    problems.add(name + " : elle part de « " + state.agentLabel()
                            + " », qui clôt la demande ; aucune action n’en part.");
                }
            }
            if (!states.containsKey(transition.to())) {
                problems.add(name + " : l’état d’arrivée « " + transition.to() + " » n’existe pas.");
            }
            if (!ROLES.containsAll(transition.roles())) {
                problems.add(name + " : seuls les rôles AGENT et ADMIN peuvent être autorisés.");
            }
            citizenMove(problems, name, transition, states, workflow);
        }
        for (WorkflowState state : workflow.states()) {
            boolean leaves = workflow.transitions().stream().anyMatch(t -> t.from().contains(state.key()));
            if (!state.closing() && !leaves) {
                problems.add("État « " + state.agentLabel() + " » : aucune action n’en part et il ne clôt pas la"
                        + " demande ; ajoutez une action ou marquez-le comme état de clôture.");
            }
        }
    }

    /** The portal offers the citizen two moves only: answering a request for information, and withdrawing. */
    private static void citizenMove(Set<String> problems, String name, Transition transition,
            Map<String, WorkflowState> states, Workflow workflow) {
        boolean answer = transition.key().equals(Workflow.ANSWER);
        boolean withdraw = transition.key().equals(Workflow.WITHDRAW);
        if (transition.byCitizen() && !answer && !withdraw) {
            problems.add(name + " : autorisez au moins un rôle ; l’usager ne peut que répondre à une demande de"
                    + " compléments (« " + Workflow.ANSWER + " ») ou retirer sa demande (« " + Workflow.WITHDRAW
                    + " »).");
        }
        if ((answer || withdraw) && !transition.byCitizen()) {
            problems.add(name + " : c’est une action de l’usager, elle n’autorise aucun rôle d’agent.");
        }
        WorkflowState to = states.get(transition.to());
        if (withdraw && to != null && !to.closing()) {
            problems.add(name + " : le retrait par l’usager mène à un état de clôture.");
        }
        if (answer) {
            if (!transition.commentRequired() || !transition.commentVisibleToCitizen()) {
                problems.add(name + " : la réponse de l’usager est un commentaire obligatoire et visible.");
            }
            if (to != null && to.closing()) {
                problems.add(name + " : la réponse de l’usager ne clôt pas la demande.");
            }
            for (String from : transition.from()) {
                boolean asked = workflow.transitions().stream().anyMatch(t -> !t.byCitizen()
                        && t.to().equals(from) && t.commentRequired() && t.commentVisibleToCitizen());
                if (states.containsKey(from) && !asked) {
                    problems.add(name + " : l’usager répond depuis « " + states.get(from).agentLabel()
                            + " », mais aucune action d’agent n’y mène avec une question (commentaire obligatoire"
                            + " et visible par l’usager).");
                }
            }
        }
    }

    private static void reachability(Set<String> problems, Workflow workflow, String initial) {
        Set<String> reached = new HashSet<>(Set.of(initial));
        Deque<String> next = new ArrayDeque<>(List.of(initial));
        while (!next.isEmpty()) {
            String at = next.pop();
            workflow.transitions().stream().filter(t -> t.from().contains(at)).map(Transition::to)
                    .filter(reached::add).forEach(next::push);
        }
        for (WorkflowState state : workflow.states()) {
            if (!reached.contains(state.key())) {
                problems.add("État « " + state.agentLabel() + " » : aucune suite d’actions n’y mène depuis l’état"
                        + " initial.");
            }
        }
    }

    private static void action(Set<String> problems, String name, StateAction action) {
        switch (action.kind()) {
            case NOTIFY_CITIZEN -> {
                if (action.template() == null || !StateAction.CITIZEN_NOTICES.containsKey(action.template())) {
                    problems.add(name + " : choisissez le message envoyé à l’usager parmi "
                            + String.join(", ", StateAction.CITIZEN_NOTICES.values()) + ".");
                }
            }
            case GENERATE_DOCUMENT -> {
                if (action.template() == null || !KEY.matcher(action.template()).matches()) {
                    problems.add(name + " : choisissez le modèle du document à produire.");
                }
            }
            case NOTIFY_TEAM -> {
                // the team is the procedure's; its message is the teams' concern
            }
        }
    }

    private static void key(Set<String> problems, String name, String key) {
        if (!KEY.matcher(key).matches()) {
            problems.add(name + " : la clé « " + key + " » n’est pas valide (de 1 à 40 lettres minuscules sans"
                    + " accent, chiffres ou _).");
        }
    }

    private static void label(Set<String> problems, String name, String what, String label, Set<String> seen) {
        if (label.isBlank()) {
            problems.add(name + " : " + what + " est vide.");
        } else if (label.strip().length() > MAX_LABEL) {
            problems.add(name + " : " + what + " dépasse " + MAX_LABEL + " caractères.");
        } else if (!seen.add(label.strip().toLowerCase(Locale.FRENCH))) {
            problems.add(name + " : " + what + " « " + label.strip() + " » est déjà utilisé.");
        }
    }
}
