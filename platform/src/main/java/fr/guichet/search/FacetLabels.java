package fr.guichet.search;

import fr.guichet.requests.Channel;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

/**
 * The French label of a facet value: procedures' titles, status labels of the standard workflow and of the
 * procedures' own workflows (custom states by their label, not their key). An unknown value keeps its key (it is
 * shown, ticked, with no results).
 */
final class FacetLabels {

    private final Map<UUID, String> procedureTitles;
    private final Map<String, String> statusLabels;

    FacetLabels(Map<UUID, String> procedureTitles, Map<String, String> statusLabels) {
        this.procedureTitles = procedureTitles;
        this.statusLabels = statusLabels;
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

    String status(String key) {
        return statusLabels.getOrDefault(key, key);
    }

    static String channel(String key) {
        return Arrays.stream(Channel.values()).filter(channel -> channel.name().equals(key)).map(Channel::label)
                .findFirst().orElse(key);
    }

    private String procedureTitle(String key) {
        try {
            return procedureTitles.getOrDefault(UUID.fromString(key), key);
        } catch (IllegalArgumentException notAnId) {
            return key;
        }
    }
}
