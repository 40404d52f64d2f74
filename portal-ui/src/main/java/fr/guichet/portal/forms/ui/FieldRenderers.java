package fr.guichet.portal.forms.ui;

import fr.guichet.forms.Field;

/** The component of each type of field, by family of types. */
final class FieldRenderers {

    private FieldRenderers() {
    }

    static FieldInput render(Field field) {
        return switch (field.type()) {
            case SHORT_TEXT, LONG_TEXT, NUMBER, EMAIL, PHONE, POSTCODE_COMMUNE, POSTAL_ADDRESS, SIRET, SIREN, NIR, IBAN,
                    RNA -> TextInputs.render(field);
            case DATE -> DateInputs.render(field);
            case YES_NO, SINGLE_CHOICE, MULTIPLE_CHOICE, DROPDOWN, CONSENT -> ChoiceInputs.render(field);
            case FILE -> field.prefill() != null && field.prefill().fromApiParticulier()
                    ? new ApiParticulierInput(field) : new FileInput(field);
            case INFORMATION_TEXT -> new InformationText(field);
            case REPEATABLE_GROUP -> new GroupInput(field);
        };
    }
}
