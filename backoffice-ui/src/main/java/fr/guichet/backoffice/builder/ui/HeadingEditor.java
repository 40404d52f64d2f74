package fr.guichet.backoffice.builder.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import fr.guichet.forms.Condition;
import fr.guichet.forms.FormDefinition;
import fr.guichet.forms.FormEdits;
import org.jspecify.annotations.Nullable;

/** The title, key and display condition of a page or a section. */
final class HeadingEditor extends Div {

    /** Puts back the page or section {@code key} with the title and condition entered. */
    @FunctionalInterface
    interface Rewrite {
        FormDefinition apply(FormDefinition form, String key, String title, @Nullable Condition condition);
    }

    private final TextField title = new TextField();
    private final KeyField key;
    private @Nullable Condition condition;

    HeadingEditor(BuilderState state, String labelKey, String elementKey, String currentTitle,
            @Nullable Condition currentCondition, Rewrite rewrite) {
        this.key = new KeyField(state, elementKey);
        this.condition = currentCondition;
        addClassName("form-stack");
        title.setLabel(getTranslation(labelKey));
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(200);
        title.setValue(currentTitle);
        Runnable apply = () -> state.change(form -> rewrite.apply(form, key.current(), title.getValue().strip(),
                condition));
        title.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                apply.run();
            }
        });
        add(title, key, new ConditionEditor(FormEdits.fieldsBefore(state.form(), elementKey), currentCondition,
                chosen -> {
                    condition = chosen;
                    apply.run();
                }));
    }

    void focusTitle() {
        title.focus();
    }
}
