package fr.guichet.portal.forms.ui;

import fr.guichet.forms.Field;
import fr.guichet.portal.base.ui.FrenchDatePicker;

/** Date fields: a French date picker. */
final class DateInputs {

    /**
     * Sent in place of a typed text that is not a date, so that the server answers with its own message (« Saisissez
     * une date valide… ») instead of taking the field for empty.
     */
    private static final String NOT_A_DATE = "?";

    private DateInputs() {
    }

    static FieldInput render(Field field) {
        FrenchDatePicker picker = new FrenchDatePicker();
        return ValueInput.of(field, picker, () -> picker.hasUnparsableInput() ? NOT_A_DATE : picker.getValue());
    }
}
