package fr.guichet.portal.forms.ui;

import com.vaadin.flow.component.textfield.Autocapitalize;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import fr.guichet.forms.Field;
import fr.guichet.forms.PrefillSource;
import org.jspecify.annotations.Nullable;

/**
 * Fields answered by typing: texts, numbers (a text field, so that a decimal comma is sent to the server as typed),
 * e-mail, phone, postcode, address and identifiers (SIRET, SIREN, NIR, IBAN, RNA), whose checks are the server's.
 */
final class TextInputs {

    /** Digits, signs, separators and spaces: what a French number may be typed with. */
    private static final String NUMBER_CHARACTERS = "[0-9+\\-,. \\u00a0\\u202f]";

    private TextInputs() {
    }

    static FieldInput render(Field field) {
        return switch (field.type()) {
            case LONG_TEXT -> longText(field);
            case EMAIL -> email(field);
            case NUMBER -> number(field);
            default -> text(field);
        };
    }

    private static FieldInput text(Field field) {
        TextField text = new TextField();
        limit(text, field);
        switch (field.type()) {
            case SIRET, SIREN, NIR, IBAN, RNA, PHONE, POSTCODE_COMMUNE -> {
                text.setAutocapitalize(Autocapitalize.NONE);
                text.setAutocorrect(false);
            }
            default -> {
                // free text: the browser's defaults suit it
            }
        }
        return ValueInput.of(field, text, () -> blankToNull(text.getValue()));
    }

    private static FieldInput longText(Field field) {
        TextArea area = new TextArea();
        if (field.rules().maxLength() != null) {
            area.setMaxLength(field.rules().maxLength());
        }
        autocomplete(area, field.prefill());
        return ValueInput.of(field, area, () -> blankToNull(area.getValue()));
    }

    private static FieldInput email(Field field) {
        EmailField email = new EmailField();
        autocomplete(email, field.prefill());
        return ValueInput.of(field, email, () -> blankToNull(email.getValue()));
    }

    private static FieldInput number(Field field) {
        TextField number = new TextField();
        number.setAllowedCharPattern(NUMBER_CHARACTERS);
        number.addClassName("form-field-number");
        return ValueInput.of(field, number, () -> blankToNull(number.getValue()));
    }

    private static void limit(TextField text, Field field) {
        if (field.rules().maxLength() != null) {
            text.setMaxLength(field.rules().maxLength());
        }
        autocomplete(text, field.prefill());
    }

    /** The purpose of a field about the citizen (WCAG 1.3.5), known from where it is prefilled from. */
    private static void autocomplete(TextFieldBase<?, ?> input, @Nullable PrefillSource prefill) {
        Autocomplete purpose = prefill == null ? null : switch (prefill) {
            case FIRST_NAME -> Autocomplete.GIVEN_NAME;
            case LAST_NAME -> Autocomplete.FAMILY_NAME;
            case EMAIL -> Autocomplete.EMAIL;
            case PHONE -> Autocomplete.TEL;
            case ADDRESS -> Autocomplete.STREET_ADDRESS;
            case POSTCODE_COMMUNE -> Autocomplete.POSTAL_CODE;
            case BIRTH_DATE -> Autocomplete.BDAY;
            case BIRTH_NAME, BIRTH_PLACE, API_PARTICULIER_QUOTIENT_FAMILIAL, API_PARTICULIER_STUDENT_STATUS ->
                    null; // no standard token
        };
        if (purpose != null) {
            input.setAutocomplete(purpose);
        }
    }

    private static @Nullable String blankToNull(String value) {
        return value.isBlank() ? null : value;
    }
}
