package fr.guichet.portal.forms.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import fr.guichet.forms.Field;
import java.util.List;

/** Fields answered by choosing: yes / no, one or several options, a drop-down list, a consent box. */
final class ChoiceInputs {

    /** Beyond this many options a drop-down list lets the citizen type to filter them. */
    private static final int LONG_LIST = 12;

    private ChoiceInputs() {
    }

    static FieldInput render(Field field) {
        return switch (field.type()) {
            case YES_NO -> yesNo(field);
            case MULTIPLE_CHOICE -> multiple(field);
            case DROPDOWN -> field.options().size() > LONG_LIST ? comboBox(field) : select(field);
            case CONSENT -> consent(field);
            default -> single(field);
        };
    }

    private static FieldInput yesNo(Field field) {
        RadioButtonGroup<Boolean> group = new RadioButtonGroup<>();
        group.setItems(Boolean.TRUE, Boolean.FALSE);
        group.setItemLabelGenerator(yes -> group.getTranslation(yes ? "portal.form.yes" : "portal.form.no"));
        return ValueInput.of(field, group, group::getValue);
    }

    private static FieldInput single(Field field) {
        RadioButtonGroup<String> group = new RadioButtonGroup<>();
        group.setItems(field.options());
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        return ValueInput.of(field, group, group::getValue);
    }

    private static FieldInput multiple(Field field) {
        CheckboxGroup<String> group = new CheckboxGroup<>();
        group.setItems(field.options());
        group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        // In the options' order, as the server keeps them.
        ValueInput input = ValueInput.of(field, group, () -> {
            List<String> ticked = field.options().stream().filter(group.getValue()::contains).toList();
            return ticked.isEmpty() ? null : ticked;
        }, List.of());
        if (field.required()) {
            // The component would put aria-required on its role="group", which ARIA does not allow: the asterisk
            // the form's legend explains is written in the label instead.
            group.setRequiredIndicatorVisible(false);
            group.setLabel(field.label() + " *");
        }
        return input;
    }

    private static FieldInput select(Field field) {
        Select<String> select = new Select<>();
        select.setItems(field.options());
        select.setPlaceholder(select.getTranslation("portal.form.choose"));
        select.setEmptySelectionAllowed(!field.required());
        select.setEmptySelectionCaption(select.getTranslation("portal.form.choose.none"));
        return ValueInput.of(field, select, select::getValue);
    }

    private static FieldInput comboBox(Field field) {
        ComboBox<String> combo = new ComboBox<>();
        combo.setItems(field.options());
        combo.setClearButtonVisible(true);
        return ValueInput.of(field, combo, combo::getValue);
    }

    /** A ticked box is the answer {@code true}; an unticked one is no answer. */
    private static FieldInput consent(Field field) {
        Checkbox box = new Checkbox();
        return ValueInput.of(field, box, () -> box.getValue() ? Boolean.TRUE : null);
    }
}
