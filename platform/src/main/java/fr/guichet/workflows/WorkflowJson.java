package fr.guichet.workflows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of a workflow, as stored with a procedure version and carried by procedure files
 * (docs/procedure-files.md): {@code {"initial", "states": [...], "transitions": [...]}}. Reading reports every
 * structural problem at once, each with its JSON path; {@link WorkflowChecks} then judges the content.
 */
public final class WorkflowJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final String DOCUMENT = "(document)";
    private static final Set<String> ROOT = Set.of("initial", "states", "transitions");
    private static final Set<String> STATE = Set.of("key", "citizenLabel", "agentLabel", "deadlineDays", "closing",
            "onEnter");
    private static final Set<String> ACTION = Set.of("kind", "template");
    private static final Set<String> TRANSITION = Set.of("key", "label", "from", "to", "roles", "commentRequired",
            "commentVisibleToCitizen");

    private WorkflowJson() {
    }

    /** The workflow's JSON text, in the order of the format. */
    public static String write(Workflow workflow) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree(workflow));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("A workflow could not be written as JSON", e);
        }
    }

    /** The workflow as a JSON tree, to embed in a larger document. */
    public static ObjectNode tree(Workflow workflow) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("initial", workflow.initial());
        ArrayNode states = root.putArray("states");
        for (WorkflowState state : workflow.states()) {
            ObjectNode node = states.addObject();
            node.put("key", state.key());
            node.put("citizenLabel", state.citizenLabel());
            node.put("agentLabel", state.agentLabel());
            node.put("deadlineDays", state.deadlineDays());
            node.put("closing", state.closing());
            ArrayNode actions = node.putArray("onEnter");
            for (StateAction action : state.onEnter()) {
                ObjectNode a = actions.addObject();
                a.put("kind", action.kind().name());
                if (action.template() != null) {
                    a.put("template", action.template());
                }
            }
        }
        ArrayNode transitions = root.putArray("transitions");
        for (Transition transition : workflow.transitions()) {
            ObjectNode node = transitions.addObject();
            node.put("key", transition.key());
            node.put("label", transition.label());
            transition.from().stream().sorted(order(workflow)).forEach(node.putArray("from")::add);
            node.put("to", transition.to());
            new TreeSet<>(transition.roles()).forEach(node.putArray("roles")::add);
            node.put("commentRequired", transition.commentRequired());
            node.put("commentVisibleToCitizen", transition.commentVisibleToCitizen());
        }
        return root;
    }

    /** Reads a workflow from its JSON text. @throws InvalidWorkflow with every structural problem and its path */
    public static Workflow read(String json) {
        try {
            return read(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new InvalidWorkflow(List.of(DOCUMENT + " : JSON mal formé"));
        }
    }

    /** Reads a workflow from a JSON tree. @throws InvalidWorkflow with every structural problem and its path */
    public static Workflow read(JsonNode json) {
        List<String> problems = new ArrayList<>();
        if (!json.isObject()) {
            throw new InvalidWorkflow(List.of(DOCUMENT + " : un objet JSON est attendu"));
        }
        Node root = new Node(json, "", problems);
        root.allowOnly(ROOT);
        String initial = root.text("initial");
        List<WorkflowState> states = new ArrayList<>();
        root.array("states").forEach(node -> state(node).ifPresent(states::add));
        List<Transition> transitions = new ArrayList<>();
        root.array("transitions").forEach(node -> transition(node).ifPresent(transitions::add));
        if (!problems.isEmpty()) {
            throw new InvalidWorkflow(problems);
        }
        return new Workflow(initial == null ? "" : initial, states, transitions);
    }

    private static Optional<WorkflowState> state(Node node) {
        node.allowOnly(STATE);
        String key = node.text("key");
        String citizenLabel = node.text("citizenLabel");
        String agentLabel = node.text("agentLabel");
        int deadline = node.integer("deadlineDays");
        boolean closing = node.bool("closing");
        List<StateAction> actions = new ArrayList<>();
        for (Node action : node.json().hasNonNull("onEnter") ? node.array("onEnter") : List.<Node>of()) {
            action.allowOnly(ACTION);
            String kind = action.text("kind");
            String template = action.optionalText("template");
            if (kind != null) {
                Arrays.stream(StateAction.Kind.values()).filter(k -> k.name().equals(kind)).findFirst().ifPresentOrElse(
                        k -> actions.add(new StateAction(k, template)),
                        () -> action.report("kind", "« " + kind + " » n’est pas une action connue ("
                                + Arrays.stream(StateAction.Kind.values()).map(Enum::name)
                                        .collect(Collectors.joining(", ")) + ")"));
            }
        }
        if (key == null || citizenLabel == null || agentLabel == null) {
            return Optional.empty();
        }
        return Optional.of(new WorkflowState(key, citizenLabel, agentLabel, actions, deadline, closing));
    }

    private static Optional<Transition> transition(Node node) {
        node.allowOnly(TRANSITION);
        String key = node.text("key");
        String label = node.text("label");
        Set<String> from = node.texts("from");
        String to = node.text("to");
        Set<String> roles = node.texts("roles");
        boolean commentRequired = node.bool("commentRequired");
        boolean visible = node.bool("commentVisibleToCitizen");
        if (key == null || label == null || to == null) {
            return Optional.empty();
        }
        return Optional.of(new Transition(key, label, from, to, roles, commentRequired, visible));
    }

    private static Comparator<String> order(Workflow workflow) {
        List<String> keys = workflow.states().stream().map(WorkflowState::key).toList();
        return Comparator.comparingInt((String key) -> keys.indexOf(key) < 0 ? Integer.MAX_VALUE
                : keys.indexOf(key)).thenComparing(key -> key);
    }

    /** A JSON object and its path: reading a property of the wrong type records a French problem. */
    private record Node(JsonNode json, String path, List<String> problems) {

        void allowOnly(Set<String> known) {
            json.fieldNames().forEachRemaining(name -> {
                if (!known.contains(name)) {
                    report(name, "propriété inconnue (attendues : " + new TreeSet<>(known).stream()
                            .collect(Collectors.joining(", ")) + ")");
                }
            });
        }

        @Nullable String text(String name) {
            JsonNode value = json.get(name);
            if (value == null || value.isNull()) {
                report(name, "propriété obligatoire manquante");
                return null;
            }
            if (!value.isTextual()) {
                report(name, "texte attendu");
                return null;
            }
            return value.textValue();
        }

        @Nullable String optionalText(String name) {
            JsonNode value = json.get(name);
            return value == null || value.isNull() ? null : text(name);
        }

        int integer(String name) {
            JsonNode value = json.get(name);
            if (value == null || value.isNull()) {
                return 0;
            }
            if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                report(name, "nombre entier de jours attendu");
                return 0;
            }
            return value.intValue();
        }

        boolean bool(String name) {
            JsonNode value = json.get(name);
            if (value != null && !value.isNull() && !value.isBoolean()) {
                report(name, "true ou false attendu");
            }
            return value != null && value.booleanValue();
        }

        List<Node> array(String name) {
            JsonNode value = json.get(name);
            if (value == null || value.isNull()) {
                report(name, "propriété obligatoire manquante");
                return List.of();
            }
            if (!value.isArray()) {
                report(name, "liste attendue");
                return List.of();
            }
            List<Node> items = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                String at = pathOf(name) + "[" + i + "]";
                if (value.get(i).isObject()) {
                    items.add(new Node(value.get(i), at, problems));
                } else {
                    problems.add(at + " : objet attendu");
                }
            }
            return items;
        }

        Set<String> texts(String name) {
            JsonNode value = json.get(name);
            Set<String> texts = new LinkedHashSet<>();
            if (value == null || value.isNull()) {
                return texts;
            }
            if (!value.isArray()) {
                report(name, "liste de textes attendue");
                return texts;
            }
            for (int i = 0; i < value.size(); i++) {
                if (value.get(i).isTextual()) {
                    texts.add(value.get(i).textValue());
                } else {
                    problems.add(pathOf(name) + "[" + i + "] : texte attendu");
                }
            }
            return texts;
        }

        void report(String name, String message) {
            problems.add(pathOf(name) + " : " + message);
        }

        private String pathOf(String name) {
            return path.isEmpty() ? name : path + "." + name;
        }
    }
}
