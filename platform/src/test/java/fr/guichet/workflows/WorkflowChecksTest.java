package fr.guichet.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WorkflowChecksTest {

    private static final Set<String> AGENTS = Set.of("AGENT");

    @Test
    void theStandardWorkflowPassesEveryCheck() {
        assertThat(WorkflowChecks.problems(Workflow.standard())).isEmpty();
    }

    @Test
    void aStateWithAnAppointmentAndADocumentPasses() {
        assertThat(WorkflowChecks.problems(withAppointment())).isEmpty();
    }

    static Stream<Arguments> broken() {
        return Stream.of(
                broken("unreachable state", w -> addState(w, state("oubliee", "Oubliée", true)),
                        "État « Oubliée » : aucune suite d’actions n’y mène depuis l’état initial."),
                broken("no closing state", w -> new Workflow(w.initial(), w.states().stream()
                        .map(s -> new WorkflowState(s.key(), s.citizenLabel(), s.agentLabel(), s.onEnter(),
                                s.deadlineDays(), false)).toList(), w.transitions()),
                        "Aucun état ne clôt la demande"),
                broken("transition into an unknown state", w -> addTransition(w, new Transition("perdre", "Perdre",
                        Set.of(Workflow.RECEIVED), "nulle_part", AGENTS, false, false)),
                        "Action « Perdre » : l’état d’arrivée « nulle_part » n’existe pas."),
                broken("transition from an unknown state", w -> addTransition(w, new Transition("reprendre",
                        "Reprendre", Set.of("archivee"), Workflow.IN_PROGRESS, AGENTS, false, false)),
                        "Action « Reprendre » : l’état de départ « archivee » n’existe pas."),
                broken("empty citizen label", w -> replaceState(w, Workflow.IN_PROGRESS, s -> new WorkflowState(
                        s.key(), " ", s.agentLabel(), s.onEnter(), 0, false)),
                        "État « En cours d’instruction » : le libellé pour l’usager est vide."),
                broken("repeated agent label", w -> replaceState(w, Workflow.IN_PROGRESS, s -> new WorkflowState(
                        s.key(), "En cours", "Acceptée", s.onEnter(), 0, false)),
                        "le libellé pour les agents « Acceptée » est déjà utilisé."),
                broken("repeated transition label", w -> addTransition(w, new Transition("accepter_vite",
                        "Accepter", Set.of(Workflow.IN_PROGRESS), Workflow.ACCEPTED, AGENTS, false, false)),
                        "Action « Accepter » : le libellé « Accepter » est déjà utilisé."),
                broken("repeated state key", w -> addState(w, state(Workflow.ACCEPTED, "Doublon", true)),
                        "la clé « acceptee » est déjà celle d’un autre état."),
                broken("invalid key", w -> addTransition(w, new Transition("Rendez-vous", "Fixer", Set.of(
                        Workflow.IN_PROGRESS), Workflow.ACCEPTED, AGENTS, false, false)),
                        "la clé « Rendez-vous » n’est pas valide"),
                broken("unknown initial state", w -> new Workflow("debut", w.states(), w.transitions()),
                        "L’état initial « debut » n’existe pas"),
                broken("a citizen's move the portal cannot offer", w -> addTransition(w, new Transition("relancer",
                        "Relancer", Set.of(Workflow.IN_PROGRESS), Workflow.IN_PROGRESS, Set.of(), false, false)),
                        "l’usager ne peut que répondre"),
                broken("withdrawal that does not close", w -> replaceTransition(w, Workflow.WITHDRAW,
                        t -> new Transition(t.key(), t.label(), t.from(), Workflow.IN_PROGRESS, t.roles(), false,
                                true)), "le retrait par l’usager mène à un état de clôture."),
                broken("answer made an agent's move", w -> replaceTransition(w, Workflow.ANSWER,
                        t -> new Transition(t.key(), t.label(), t.from(), t.to(), AGENTS, true, true)),
                        "c’est une action de l’usager"),
                broken("answer from a state nobody asks from", w -> replaceTransition(w, Workflow.ANSWER,
                        t -> new Transition(t.key(), t.label(), Set.of(Workflow.RECEIVED), t.to(), t.roles(), true,
                                true)), "l’usager répond depuis « Reçue, à instruire », mais aucune action d’agent"),
                broken("transition out of a closing state", w -> addTransition(w, new Transition("rouvrir",
                        "Rouvrir", Set.of(Workflow.CLOSED), Workflow.IN_PROGRESS, AGENTS, false, false)),
                        "Action « Rouvrir » : elle part de « Clôturée », qui clôt la demande"),
                broken("dead end that does not close", w -> addTransition(addState(w, state("bloquee", "Bloquée",
                        false)), new Transition("bloquer", "Bloquer", Set.of(Workflow.IN_PROGRESS), "bloquee",
                        AGENTS, false, false)), "État « Bloquée » : aucune action n’en part"),
                broken("unknown notice", w -> replaceState(w, Workflow.IN_PROGRESS, s -> new WorkflowState(s.key(),
                        s.citizenLabel(), s.agentLabel(), List.of(StateAction.notifyCitizen("bonjour")), 0, false)),
                        "choisissez le message envoyé à l’usager"),
                broken("document without template", w -> replaceState(w, Workflow.IN_PROGRESS,
                        s -> new WorkflowState(s.key(), s.citizenLabel(), s.agentLabel(), List.of(new StateAction(
                                StateAction.Kind.GENERATE_DOCUMENT, null)), 0, false)),
                        "choisissez le modèle du document à produire."),
                broken("deadline out of range", w -> replaceState(w, Workflow.IN_PROGRESS, s -> new WorkflowState(
                        s.key(), s.citizenLabel(), s.agentLabel(), s.onEnter(), 400, false)),
                        "le délai est de 0 à 365 jours (400 ici)."),
                broken("unknown role", w -> replaceTransition(w, "accepter", t -> new Transition(t.key(), t.label(),
                        t.from(), t.to(), Set.of("MAIRE"), false, true)), "seuls les rôles AGENT et ADMIN"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void eachBrokenRuleIsReportedInFrench(String rule, Workflow workflow, String expected) {
        assertThat(WorkflowChecks.problems(workflow)).as(rule).anyMatch(problem -> problem.contains(expected));
    }

    @Test
    void everyProblemIsListedAtOnce() {
        Workflow workflow = addTransition(addState(Workflow.standard(), state("oubliee", " ", true)),
                new Transition("perdre", "", Set.of(Workflow.RECEIVED), "nulle_part", AGENTS, false, false));
        assertThat(WorkflowChecks.problems(workflow)).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void jsonKeepsEveryPartOfTheWorkflow() {
        Workflow workflow = withAppointment();
        assertThat(WorkflowJson.read(WorkflowJson.write(workflow))).isEqualTo(workflow);
    }

    @Test
    void malformedJsonIsReportedWithItsPaths() {
        assertThatThrownBy(() -> WorkflowJson.read("""
                {"initial": "recue", "states": [{"key": "recue", "citizenLabel": 3, "agentLabel": "Reçue",
                  "onEnter": [{"kind": "SONNER"}], "couleur": "rouge"}], "transitions": {}}"""))
                .isInstanceOfSatisfying(InvalidWorkflow.class, invalid -> assertThat(invalid.problems())
                        .contains("states[0].citizenLabel : texte attendu",
                                "transitions : liste attendue")
                        .anyMatch(p -> p.startsWith("states[0].onEnter[0].kind : « SONNER » n’est pas une action"))
                        .anyMatch(p -> p.startsWith("states[0].couleur : propriété inconnue")));
    }

    /** The standard workflow with « Rendez-vous fixé »: a deadline and a document on entry. */
    static Workflow withAppointment() {
        Workflow standard = Workflow.standard();
        Workflow appointment = addState(standard, new WorkflowState("rendez_vous_fixe", "Rendez-vous fixé",
                "Rendez-vous fixé", List.of(StateAction.generateDocument("convocation"),
                        StateAction.notifyCitizen("status-changed")), 15, false));
        appointment = addTransition(appointment, new Transition("fixer_rendez_vous", "Fixer un rendez-vous",
                Set.of(Workflow.IN_PROGRESS), "rendez_vous_fixe", AGENTS, true, true));
        return replaceTransition(appointment, "accepter", t -> new Transition(t.key(), t.label(),
                Set.of(Workflow.RECEIVED, Workflow.IN_PROGRESS, "rendez_vous_fixe"), t.to(), t.roles(),
                t.commentRequired(), t.commentVisibleToCitizen()));
    }

    private static Arguments broken(String rule, UnaryOperator<Workflow> change, String expected) {
        return Arguments.of(rule, change.apply(Workflow.standard()), expected);
    }

    private static WorkflowState state(String key, String label, boolean closing) {
        return new WorkflowState(key, label, label, List.of(), 0, closing);
    }

    private static Workflow addState(Workflow workflow, WorkflowState state) {
        List<WorkflowState> states = new ArrayList<>(workflow.states());
        states.add(state);
        return new Workflow(workflow.initial(), states, workflow.transitions());
    }

    private static Workflow addTransition(Workflow workflow, Transition transition) {
        List<Transition> transitions = new ArrayList<>(workflow.transitions());
        transitions.add(transition);
        return new Workflow(workflow.initial(), workflow.states(), transitions);
    }

    private static Workflow replaceState(Workflow workflow, String key, UnaryOperator<WorkflowState> change) {
        return new Workflow(workflow.initial(), workflow.states().stream()
                .map(s -> s.key().equals(key) ? change.apply(s) : s).toList(), workflow.transitions());
    }

    private static Workflow replaceTransition(Workflow workflow, String key, UnaryOperator<Transition> change) {
        return new Workflow(workflow.initial(), workflow.states(), workflow.transitions().stream()
                .map(t -> t.key().equals(key) ? change.apply(t) : t).toList());
    }
}
