package fr.guichet.admin.tenants.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import fr.guichet.tenancy.ProvisioningStep;
import java.util.EnumMap;
import java.util.Map;

/** The provisioning steps as a list that fills in while provisioning runs (announced to screen readers). */
class ProvisioningSteps extends OrderedList {

    private final Map<ProvisioningStep, ListItem> items = new EnumMap<>(ProvisioningStep.class);

    ProvisioningSteps() {
        addClassName("steps");
        getElement().setAttribute("aria-live", "polite");
        getElement().setAttribute("aria-label", "Étapes du raccordement");
        setVisible(false);
    }

    void reset() {
        removeAll();
        items.clear();
        setVisible(false);
    }

    void done(ProvisioningStep step) {
        setVisible(true);
        ListItem item = new ListItem(step.label());
        item.getElement().setAttribute("data-done", "true");
        items.put(step, item);
        add(item);
    }
}
