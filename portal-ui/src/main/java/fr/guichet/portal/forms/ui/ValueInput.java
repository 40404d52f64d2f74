package fr.guichet.portal.forms.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.shared.InputField;
import fr.guichet.forms.Field;
import fr.guichet.identity.Prefill;
import fr.guichet.portal.base.ui.FieldError;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A field answered with one Vaadin input (text field, date picker, radio buttons, check boxes…): its label, help text
 * and required indicator come from the definition, its error from the server. The component never validates on its
 * own (manual validation), so that the only messages shown are the server's.
 */
final class ValueInput implements FieldInput {

    private final Field field;
    private final Component component;
    private final InputField<?, ?> input;
    private final HasValidationProperties validation;
    private final Supplier<@Nullable Object> answer;
    private final Object emptyProbe;

    private ValueInput(Field field, Component component, InputField<?, ?> input, HasValidationProperties validation,
            Supplier<@Nullable Object> answer, Object emptyProbe) {
        this.field = field;
        this.component = component;
        this.input = input;
        this.validation = validation;
        this.answer = answer;
        this.emptyProbe = emptyProbe;
    }

    /**
     * @param answer reads the component's value as the validation expects it, null when empty
     * @param emptyProbe an empty answer of the right shape ({@code ""}, or an empty list for multiple choices)
     */
    static <C extends Component & InputField<?, ?> & HasValidationProperties> ValueInput of(Field field, C component,
            Supplier<@Nullable Object> answer, Object emptyProbe) {
        component.setLabel(field.label());
        if (field.help() != null && !field.help().isBlank()) {
            component.setHelperText(field.help());
        }
        component.setRequiredIndicatorVisible(field.required());
        component.setManualValidation(true);
        component.addClassName("form-field");
        return new ValueInput(field, component, component, component, answer, emptyProbe);
    }

    static <C extends Component & InputField<?, ?> & HasValidationProperties> ValueInput of(Field field, C component,
            Supplier<@Nullable Object> answer) {
        return of(field, component, answer, "");
    }

    @Override
    public Field field() {
        return field;
    }

    @Override
    public Component component() {
        return component;
    }

    @Override
    public @Nullable Object answer() {
        return answer.get();
    }

    @Override
    public Object probe() {
        Object value = answer();
        return value == null ? emptyProbe : value;
    }

    @Override
    public void clear() {
        if (!input.isReadOnly()) {
            input.clear();
        }
        validation.setInvalid(false);
    }

    /**
     * Text fields and dates take the profile's value, with a note under the field; a certified value is read-only.
     */
    @Override
    @SuppressWarnings("unchecked")
    public boolean prefill(Prefill prefill) {
        if (input instanceof DatePicker picker) {
            picker.setValue(LocalDate.parse(prefill.value()));
        } else if (input.getEmptyValue() instanceof String) {
            ((HasValue<?, String>) input).setValue(prefill.value());
        } else {
            return false;
        }
        String note = component.getTranslation(prefill.certified() ? "portal.form.prefill.certified"
                : "portal.form.prefill.field");
        input.setHelperText(field.help() == null || field.help().isBlank() ? note : field.help() + " " + note);
        input.setReadOnly(prefill.certified());
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean restore(Object answer) {
        Object value = switch (field.type()) {
            case DATE -> answer instanceof String text ? date(text) : null;
            case YES_NO -> answer instanceof Boolean yes ? yes : null;
            case CONSENT -> Boolean.TRUE.equals(answer) ? Boolean.TRUE : null;
            case MULTIPLE_CHOICE -> answer instanceof List<?> ticked ? ticked.stream()
                    .filter(field.options()::contains).map(String.class::cast).collect(Collectors.toSet()) : null;
            case SINGLE_CHOICE, DROPDOWN -> field.options().contains(answer) ? answer : null;
            default -> answer instanceof String || answer instanceof Number ? answer.toString() : null;
        };
        if (value == null || input.isReadOnly()) {
            return false;
        }
        ((HasValue<?, Object>) input).setValue(value);
        return true;
    }

    private static @Nullable LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    @Override
    public void identify(String id) {
        component.setId(id);
    }

    @Override
    public void showErrors(Map<String, String> errors, String prefix, List<FieldError> shown) {
        String message = errors.get(prefix + field.key());
        validation.setErrorMessage(message == null ? "" : message);
        validation.setInvalid(message != null);
        if (message != null) {
            shown.add(new FieldError(field.label(), message, component.getId().orElse("")));
        }
    }

    @Override
    public void refreshErrors(Map<String, String> errors, String prefix, List<FieldError> shown) {
        if (validation.isInvalid()) {
            showErrors(errors, prefix, shown);
        }
    }

    @Override
    public void addChangeListener(Runnable listener) {
        input.addValueChangeListener(change -> listener.run());
    }
}
