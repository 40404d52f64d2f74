package fr.guichet.backoffice.workflows.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import fr.guichet.documents.DocumentTemplateText;
import fr.guichet.workflows.StateAction;
import fr.guichet.workflows.WorkflowChecks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One state of the workflow: its labels for the citizen and for agents, and what entering it does (deadline, notice
 * to the citizen, team notified, document generated, closing).
 */
final class StateCard extends Section {

    StateCard(WorkflowDraft.State state, List<DocumentTemplateText> documents, Runnable changed, Runnable remove) {
        addClassName("workflow-state");
        H3 heading = new H3(state.agentLabel);
        TextField agentLabel = text("backoffice.workflow.state.agentLabel", state.agentLabel, value -> {
            state.agentLabel = value;
            heading.setText(value);
            changed.run();
        });
        TextField citizenLabel = text("backoffice.workflow.state.citizenLabel", state.citizenLabel, value -> {
            state.citizenLabel = value;
            changed.run();
        });
        IntegerField deadline = new IntegerField(getTranslation("backoffice.workflow.state.deadline"));
        deadline.setHelperText(getTranslation("backoffice.workflow.state.deadline.help"));
        deadline.setMin(0);
        deadline.setMax(WorkflowChecks.MAX_DEADLINE_DAYS);
        deadline.setValue(state.deadlineDays);
        deadline.addValueChangeListener(event -> {
            state.deadlineDays = event.getValue() == null ? 0 : event.getValue();
            changed.run();
        });
        Select<String> notice = choice("backoffice.workflow.state.notice", StateAction.CITIZEN_NOTICES,
                state.notice, value -> {
                    state.notice = value;
                    changed.run();
                });
        Select<String> document = choice("backoffice.workflow.state.document", documents.stream().collect(
                Collectors.toMap(DocumentTemplateText::key, DocumentTemplateText::title, (a, b) -> a,
                        LinkedHashMap::new)), state.document, value -> {
                            state.document = value;
                            changed.run();
                        });
        Checkbox team = check("backoffice.workflow.state.team", state.notifyTeam, value -> {
            state.notifyTeam = value;
            changed.run();
        });
        Checkbox closing = check("backoffice.workflow.state.closing", state.closing, value -> {
            state.closing = value;
            changed.run();
        });
        Button delete = new Button(getTranslation("backoffice.workflow.state.remove"), click -> remove.run());
        delete.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        delete.setAriaLabel(getTranslation("backoffice.workflow.state.remove.label", state.agentLabel));
        Div onEnter = new Div(deadline, document, notice, team, closing);
        onEnter.addClassName("workflow-on-enter");
        onEnter.getElement().setAttribute("role", "group");
        onEnter.getElement().setAttribute("aria-label", getTranslation("backoffice.workflow.state.onEnter"));
        add(heading, agentLabel, citizenLabel, onEnter, delete);
    }

    private TextField text(String label, String value, Consumer<String> changed) {
        TextField field = new TextField(getTranslation(label));
        field.setValue(value);
        field.setMaxLength(WorkflowChecks.MAX_LABEL);
        field.setWidth("min(30rem, 100%)");
        field.addValueChangeListener(event -> changed.accept(event.getValue()));
        return field;
    }

    private Select<String> choice(String label, Map<String, String> options, @Nullable String value,
            Consumer<@Nullable String> changed) {
        Select<String> select = new Select<>();
        select.setLabel(getTranslation(label));
        List<String> keys = new ArrayList<>(options.keySet());
        if (value != null && !keys.contains(value)) {
            keys.add(value); // a template that no longer exists: shown so the checks can name it
        }
        select.setItems(keys);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("backoffice.workflow.none"));
        select.setItemLabelGenerator(key -> key == null ? getTranslation("backoffice.workflow.none")
                : options.getOrDefault(key, key));
        select.setValue(value);
        select.addValueChangeListener(event -> changed.accept(event.getValue()));
        return select;
    }

    static Checkbox check(String label, boolean value, Consumer<Boolean> changed) {
        Checkbox box = new Checkbox(value);
        box.setLabel(box.getTranslation(label));
        box.addValueChangeListener(event -> changed.accept(event.getValue()));
        return box;
    }
}
