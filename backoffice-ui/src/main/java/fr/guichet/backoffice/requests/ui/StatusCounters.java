package fr.guichet.backoffice.requests.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import fr.guichet.requests.Workflow;
import fr.guichet.requests.WorkflowState;
import java.util.Map;
import java.util.function.Consumer;
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

    void show(Map<String, Long> counts) {
        removeAll();
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        add(counter(null, getTranslation("backoffice.inbox.all"), total));
        for (WorkflowState state : Workflow.standard().states()) {
            add(counter(state.key(), state.agentLabel(), counts.getOrDefault(state.key(), 0L)));
        }
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
