package fr.guichet.backoffice.workflows.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import fr.guichet.workflows.WorkflowChecks;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * One transition: its label, the states it leaves from, the state it leads to, who may make it and its comment. The
 * citizen's two moves (answering, withdrawing) keep their roles: nobody but the citizen makes them.
 */
final class MoveCard extends Section {

    MoveCard(WorkflowDraft.Move move, List<WorkflowDraft.State> states, Runnable changed, Runnable remove) {
        addClassName("workflow-transition");
        Map<String, String> labels = new LinkedHashMap<>();
        states.forEach(state -> labels.put(state.key, state.agentLabel));
        H3 heading = new H3(move.label);
        TextField label = new TextField(getTranslation("backoffice.workflow.move.label"));
        label.setValue(move.label);
        label.setMaxLength(WorkflowChecks.MAX_LABEL);
        label.setWidth("min(30rem, 100%)");
        label.addValueChangeListener(event -> {
            move.label = event.getValue();
            heading.setText(event.getValue());
            changed.run();
        });
        CheckboxGroup<String> from = new CheckboxGroup<>(getTranslation("backoffice.workflow.move.from"));
        from.setItems(labels.keySet());
        from.setItemLabelGenerator(key -> labels.getOrDefault(key, key));
        from.setValue(move.from);
        from.addValueChangeListener(event -> {
            move.from = new LinkedHashSet<>(event.getValue());
            changed.run();
        });
        Select<String> to = new Select<>();
        to.setLabel(getTranslation("backoffice.workflow.move.to"));
        to.setItems(labels.keySet());
        to.setItemLabelGenerator(key -> key == null ? "" : labels.getOrDefault(key, key));
        if (labels.containsKey(move.to)) {
            to.setValue(move.to);
        }
        to.addValueChangeListener(event -> {
            move.to = event.getValue() == null ? "" : event.getValue();
            changed.run();
        });
        add(heading, label, from, to);
        if (move.byCitizen()) {
            add(new Paragraph(getTranslation("backoffice.workflow.move.citizen")));
        } else {
            CheckboxGroup<String> roles = new CheckboxGroup<>(getTranslation("backoffice.workflow.move.roles"));
            roles.setItems("AGENT", "ADMIN");
            roles.setItemLabelGenerator(role -> getTranslation("backoffice.workflow.role." + role));
            roles.setValue(move.roles);
            roles.addValueChangeListener(event -> {
                move.roles = new LinkedHashSet<>(event.getValue());
                changed.run();
            });
            add(roles);
        }
        add(StateCard.check("backoffice.workflow.move.commentRequired", move.commentRequired, value -> {
            move.commentRequired = value;
            changed.run();
        }), StateCard.check("backoffice.workflow.move.commentVisible", move.commentVisible, value -> {
            move.commentVisible = value;
            changed.run();
        }));
        Button delete = new Button(getTranslation("backoffice.workflow.move.remove"), click -> remove.run());
        delete.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        delete.setAriaLabel(getTranslation("backoffice.workflow.move.remove.label", move.label));
        add(delete);
    }
}
