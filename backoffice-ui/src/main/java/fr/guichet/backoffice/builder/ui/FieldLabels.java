package fr.guichet.backoffice.builder.ui;

import com.vaadin.flow.component.Component;
import fr.guichet.forms.Condition;
import fr.guichet.forms.FieldType;
import fr.guichet.forms.PrefillSource;

/** French names of field types, condition tests and prefill sources, from the back office's bundle. */
final class FieldLabels {

    private FieldLabels() {
    }

    static String type(Component component, FieldType type) {
        return component.getTranslation("backoffice.builder.type." + type.jsonName());
    }

    static String operator(Component component, Condition.Operator operator) {
        return component.getTranslation("backoffice.builder.operator." + operator.jsonName());
    }

    static String prefill(Component component, PrefillSource source) {
        return component.getTranslation("backoffice.builder.prefill." + source.jsonName());
    }
}
