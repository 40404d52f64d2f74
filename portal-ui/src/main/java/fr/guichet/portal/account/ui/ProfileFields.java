package fr.guichet.portal.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.shared.InputField;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import fr.guichet.identity.CitizenProfile;
import fr.guichet.identity.ContactChannel;
import fr.guichet.identity.ProfileChange;
import fr.guichet.identity.ProfileField;
import fr.guichet.portal.base.ui.FieldError;
import fr.guichet.portal.base.ui.FrenchDatePicker;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The profile's fields, each with its label, its purpose for the browser's autofill (WCAG 1.3.5) and the server's
 * error; a certified field is read-only and says why.
 */
final class ProfileFields extends Div {

    /** A field and how its errors show. */
    private record Entry(InputField<?, ?> input, CheckedInput checked) {
    }

    private static final Set<ProfileField> WITH_HELP = EnumSet.of(ProfileField.BIRTH_NAME, ProfileField.BIRTH_DATE,
            ProfileField.BIRTH_PLACE, ProfileField.POSTCODE, ProfileField.PHONE);

    private final Map<ProfileField, Entry> entries = new EnumMap<>(ProfileField.class);
    private final TextField firstName = text(ProfileField.FIRST_NAME, Autocomplete.GIVEN_NAME, 100);
    private final TextField lastName = text(ProfileField.LAST_NAME, Autocomplete.FAMILY_NAME, 100);
    private final TextField birthName = text(ProfileField.BIRTH_NAME, null, 100);
    private final FrenchDatePicker birthDate = new FrenchDatePicker();
    private final TextField birthPlace = text(ProfileField.BIRTH_PLACE, null, 150);
    private final TextArea address = new TextArea();
    private final TextField postcode = text(ProfileField.POSTCODE, Autocomplete.POSTAL_CODE, 5);
    private final TextField commune = text(ProfileField.COMMUNE, Autocomplete.ADDRESS_LEVEL2, 100);
    private final TextField phone = text(ProfileField.PHONE, Autocomplete.TEL, 30);
    private final RadioButtonGroup<ContactChannel> channel = new RadioButtonGroup<>();

    ProfileFields() {
        addClassName("form-stack");
        register(ProfileField.BIRTH_DATE, birthDate);
        // The date picker has no API for it; its input is in the light DOM, where the browser's autofill looks.
        birthDate.addAttachListener(attach -> birthDate.getElement()
                .executeJs("this.inputElement && this.inputElement.setAttribute('autocomplete', 'bday')"));
        register(ProfileField.ADDRESS, address);
        address.setAutocomplete(Autocomplete.STREET_ADDRESS);
        address.setMaxLength(500);
        channel.setItems(ContactChannel.values());
        channel.setItemLabelGenerator(ContactChannel::label);
        register(ProfileField.PREFERRED_CHANNEL, channel);
        entries.values().forEach(entry -> add((Component) entry.input()));
    }

    /** Shows the profile's values; certified fields become read-only. */
    void show(CitizenProfile profile) {
        ProfileChange values = ProfileChange.of(profile);
        entries.forEach((field, entry) -> {
            String value = values.text(field);
            switch (entry.input()) {
                case FrenchDatePicker picker -> picker.setValue(value == null ? null : LocalDate.parse(value));
                case RadioButtonGroup<?> _ -> channel.setValue(profile.preferredChannel());
                case TextFieldBase<?, ?> _ -> setText(entry.input(), value);
                default -> throw new IllegalStateException("Unexpected profile input " + entry.input());
            }
            if (profile.isCertified(field)) {
                entry.input().setReadOnly(true);
                entry.input().setHelperText(getTranslation("portal.account.profile.certified"));
            }
        });
    }

    /** The profile as typed, for the server to check. */
    ProfileChange change() {
        String date = birthDate.hasUnparsableInput() ? "?"
                : birthDate.getValue() == null ? null : birthDate.getValue().toString();
        ContactChannel preferred = channel.getValue() == null ? ContactChannel.EMAIL : channel.getValue();
        return new ProfileChange(firstName.getValue(), lastName.getValue(), birthName.getValue(), date,
                birthPlace.getValue(), address.getValue(), postcode.getValue(), commune.getValue(), phone.getValue(),
                preferred);
    }

    /** Shows the server's errors on the fields (none when empty) and returns them in the order of the form. */
    List<FieldError> showErrors(Map<ProfileField, String> problems) {
        List<FieldError> errors = new ArrayList<>();
        entries.forEach((field, entry) -> entry.checked().show(problems.get(field), errors));
        return errors;
    }

    private TextField text(ProfileField field, @Nullable Autocomplete purpose, int maxLength) {
        TextField text = new TextField();
        text.setMaxLength(maxLength);
        if (purpose != null) {
            text.setAutocomplete(purpose);
        }
        register(field, text);
        return text;
    }

    private <C extends Component & InputField<?, ?> & HasValidationProperties> void register(ProfileField field,
            C input) {
        String key = field.name().toLowerCase(Locale.ROOT).replace('_', '-');
        String label = getTranslation("portal.account.profile." + key);
        input.setLabel(label);
        if (WITH_HELP.contains(field)) {
            input.setHelperText(getTranslation("portal.account.profile." + key + ".help"));
        }
        input.setId("profil-" + key);
        input.addClassName("account-field");
        entries.put(field, new Entry(input, new CheckedInput(input, label, "profil-" + key)));
    }

    @SuppressWarnings("unchecked")
    private static void setText(InputField<?, ?> input, @Nullable String value) {
        ((HasValue<?, String>) input).setValue(value == null ? "" : value);
    }
}
