package fr.guichet.backoffice.builder.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import fr.guichet.forms.Condition;
import fr.guichet.forms.Condition.Operator;
import fr.guichet.forms.Field;
import fr.guichet.forms.FieldType;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * « Afficher seulement si » : the earlier field, the test and the value a condition compares with. Reports the
 * condition once complete, {@code null} when there is none (or not yet a complete one).
 */
final class ConditionEditor extends Div {

    private final Select<Field> field = new Select<>();
    private final Select<Operator> operator = new Select<>();
    private final Select<String> choice = new Select<>();
    private final TextField text = new TextField();
    private final Consumer<@Nullable Condition> changed;

    ConditionEditor(List<Field> earlier, @Nullable Condition condition, Consumer<@Nullable Condition> changed) {
        this.changed = changed;
        addClassName("builder-condition");
        List<Field> testable = earlier.stream().filter(f -> f.takesAnswer() && f.type() != FieldType.FILE
                && f.type() != FieldType.REPEATABLE_GROUP).toList();
        field.setLabel(getTranslation("backoffice.builder.condition.field"));
        field.setHelperText(getTranslation(testable.isEmpty() ? "backoffice.builder.condition.none"
                : "backoffice.builder.condition.help"));
        field.setItems(testable);
        field.setEmptySelectionAllowed(true);
        field.setEmptySelectionCaption(getTranslation("backoffice.builder.condition.always"));
        field.setItemLabelGenerator(f -> f == null ? getTranslation("backoffice.builder.condition.always")
                : f.label().strip());
        operator.setLabel(getTranslation("backoffice.builder.condition.operator"));
        operator.setItemLabelGenerator(op -> FieldLabels.operator(this, op));
        choice.setLabel(getTranslation("backoffice.builder.condition.value"));
        text.setLabel(getTranslation("backoffice.builder.condition.value"));
        if (condition != null) {
            testable.stream().filter(f -> f.key().equals(condition.fieldKey())).findFirst().ifPresent(field::setValue);
        }
        showOperators();
        if (condition != null && field.getValue() != null) {
            operator.setValue(condition.operator());
            showValue();
            String value = condition.value() == null ? "" : condition.value();
            if (choice.isVisible()) {
                choice.setValue(value);
            } else {
                text.setValue(value);
            }
        } else {
            showValue();
        }
        field.addValueChangeListener(event -> {
            showOperators();
            showValue();
            report(event);
        });
        operator.addValueChangeListener(event -> {
            showValue();
            report(event);
        });
        choice.addValueChangeListener(this::report);
        text.addValueChangeListener(this::report);
        add(field, operator, choice, text);
    }

    private void showOperators() {
        Field chosen = field.getValue();
        operator.setVisible(chosen != null);
        if (chosen != null) {
            Operator previous = operator.getValue();
            List<Operator> applicable = Arrays.stream(Operator.values()).filter(op -> op.appliesTo(chosen.type()))
                    .toList();
            operator.setItems(applicable);
            operator.setValue(applicable.contains(previous) ? previous : applicable.getFirst());
        }
    }

    private void showValue() {
        Field chosen = field.getValue();
        boolean needsValue = chosen != null && operator.getValue() != null && operator.getValue().needsValue();
        List<String> values = chosen == null ? List.of()
                : chosen.type() == FieldType.YES_NO || chosen.type() == FieldType.CONSENT ? List.of("oui", "non")
                : chosen.type().isChoice() ? chosen.options() : List.of();
        choice.setVisible(needsValue && !values.isEmpty());
        text.setVisible(needsValue && values.isEmpty());
        if (!values.isEmpty()) {
            choice.setItems(values);
        }
        text.setHelperText(chosen != null && chosen.type() == FieldType.DATE
                ? getTranslation("backoffice.builder.condition.date") : null);
    }

    private void report(HasValue.ValueChangeEvent<?> event) {
        if (!event.isFromClient()) {
            return;
        }
        changed.accept(condition());
    }

    private @Nullable Condition condition() {
        Field chosen = field.getValue();
        Operator op = operator.getValue();
        if (chosen == null || op == null) {
            return null;
        }
        if (!op.needsValue()) {
            return new Condition(chosen.key(), op, null);
        }
        String value = choice.isVisible() ? choice.getValue() : text.getValue().strip();
        return value == null || value.isEmpty() ? null : new Condition(chosen.key(), op, value);
    }
}
