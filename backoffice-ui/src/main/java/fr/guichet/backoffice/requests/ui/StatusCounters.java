package fr.guichet.backoffice.requests.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import fr.guichet.workflows.Workflow;
import fr.guichet.workflows.WorkflowState;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Counters per status under the current filters; each one is a toggle that filters the inbox on its status. */
final class StatusCounters extends Div {

    private final Consumer<@Nullable String> chosen;
    private @Nullable String selected;

    StatusCounters(Consumer<@Nullable String> chosen) {
        this.chosen = chosen;
        addClassName("status-counters");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("backoffice.inbox.counters"));
    }

    @Nullable String selected() {
        return selected;
    }

    /**
     * @param labels the agents' label of each status, the standard workflow's first (always shown), then those of
     *     procedures' own workflows (shown when some request has them)
     */
    void show(Map<String, Long> counts, Map<String, String> labels) {
        removeAll();
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        add(counter(null, getTranslation("backoffice.inbox.all"), total));
        Set<String> standard = Workflow.standard().states().stream().map(WorkflowState::key)
                .collect(Collectors.toSet());
        labels.forEach((status, label) -> {
            long count = counts.getOrDefault(status, 0L);
            if (standard.contains(status) || count > 0) {
                add(counter(status, label, count));
            }
        });
    }

    private NativeButton counter(@Nullable String status, String label, long count) {
        NativeButton button = new NativeButton(getTranslation("backoffice.inbox.counter", label, count), click -> {
            selected = status;
            chosen.accept(status);
        });
        button.addClassName("status-counter");
        button.getElement().setAttribute("aria-pressed", String.valueOf(java.util.Objects.equals(status, selected)));
        return button;
    }
}
