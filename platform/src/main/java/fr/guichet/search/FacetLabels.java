package fr.guichet.search;

import fr.guichet.requests.Channel;
import fr.guichet.workflows.Workflow;
import fr.guichet.workflows.WorkflowState;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** The French label of a facet value; an unknown value keeps its key (it is shown, ticked, with no results). */
final class FacetLabels {

    private static final Workflow WORKFLOW = Workflow.standard();

    private final Supplier<Map<UUID, String>> procedureTitles;
    private @Nullable Map<UUID, String> titles;

    FacetLabels(Supplier<Map<UUID, String>> procedureTitles) {
        this.procedureTitles = procedureTitles;
    }

    String label(Facet facet, String key) {
        return switch (facet) {
            case PROCEDURE -> procedureTitle(key);
            case STATUS -> status(key);
            case CHANNEL -> channel(key);
            case ASSIGNEE -> RequestMapping.UNASSIGNED.equals(key) ? "Non assignée" : key;
            case PERIOD -> Periods.LABELS.getOrDefault(key, key);
        };
    }

    static String status(String key) {
        return WORKFLOW.state(key).map(WorkflowState::agentLabel).orElse(key);
    }

    static String channel(String key) {
        return Arrays.stream(Channel.values()).filter(channel -> channel.name().equals(key)).map(Channel::label)
                .findFirst().orElse(key);
    }

    private String procedureTitle(String key) {
        if (titles == null) {
            titles = procedureTitles.get();
        }
        try {
            return titles.getOrDefault(UUID.fromString(key), key);
        } catch (IllegalArgumentException notAnId) {
            return key;
        }
    }
}
