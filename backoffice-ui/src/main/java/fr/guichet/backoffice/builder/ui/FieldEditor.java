package fr.guichet.backoffice.builder.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.guichet.forms.Condition;
import fr.guichet.forms.Field;
import fr.guichet.forms.FieldType;
import fr.guichet.forms.FormEdits;
import fr.guichet.forms.PrefillSource;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything about one field: its question, key, type, help, whether it is required, the settings of its type, where
 * it is prefilled from and when it is shown. Each change is applied to the form at once (and so to the preview).
 */
final class FieldEditor extends Div {

    private final BuilderState state;
    private final Field original;
    private final TextArea label = new TextArea();
    private final KeyField key;
    private final Select<FieldType> type = new Select<>();
    private final TextArea help = new TextArea();
    private final Checkbox required = new Checkbox();
    private final Select<PrefillSource> prefill = new Select<>();
    private final FieldSettings settings;
    private @Nullable Condition condition;

    FieldEditor(BuilderState state, Field field) {
        this.state = state;
        this.original = field;
        this.condition = field.condition();
        this.key = new KeyField(state, field.key());
        this.settings = new FieldSettings(field, this::apply);
        addClassName("form-stack");
        label.setLabel(getTranslation(field.type() == FieldType.INFORMATION_TEXT ? "backoffice.builder.field.text"
                : "backoffice.builder.field.label"));
        label.setRequiredIndicatorVisible(true);
        label.setValue(field.label());
        type.setLabel(getTranslation("backoffice.builder.field.type"));
        type.setItems(Arrays.stream(FieldType.values())
                .filter(t -> field.children().isEmpty() || t == FieldType.REPEATABLE_GROUP).toList());
        type.setItemLabelGenerator(t -> FieldLabels.type(this, t));
        type.setValue(field.type());
        if (!field.children().isEmpty()) {
            type.setHelperText(getTranslation("backoffice.builder.field.type.group"));
        }
        help.setLabel(getTranslation("backoffice.builder.field.help"));
        help.setHelperText(getTranslation("backoffice.builder.field.help.help"));
        help.setValue(field.help() == null ? "" : field.help());
        required.setLabel(getTranslation("backoffice.builder.field.required"));
        required.setValue(field.required());
        prefill.setLabel(getTranslation("backoffice.builder.field.prefill"));
        prefill.setHelperText(getTranslation("backoffice.builder.field.prefill.help"));
        prefill.setEmptySelectionAllowed(true);
        prefill.setEmptySelectionCaption(getTranslation("backoffice.builder.field.prefill.none"));
        prefill.setItemLabelGenerator(source -> source == null
                ? getTranslation("backoffice.builder.field.prefill.none") : FieldLabels.prefill(this, source));
        showPrefill(field.type(), field.prefill());
        for (HasValue<?, ?> input : List.<HasValue<?, ?>>of(label, type, help, required, prefill)) {
            input.addValueChangeListener(event -> {
                if (event.isFromClient()) {
                    apply();
                }
            });
        }
        type.addValueChangeListener(event -> {
            settings.show(event.getValue());
            showPrefill(event.getValue(), prefill.getValue());
            showRequired(event.getValue());
        });
        showRequired(field.type());
        add(label, key, type, help, required, settings, prefill, new ConditionEditor(
                FormEdits.fieldsBefore(state.form(), field.key()), condition, chosen -> {
                    condition = chosen;
                    apply();
                }));
    }

    void focusLabel() {
        label.focus();
    }

    private void showPrefill(FieldType fieldType, @Nullable PrefillSource current) {
        List<PrefillSource> fitting = Arrays.stream(PrefillSource.values()).filter(s -> s.fits(fieldType)).toList();
        prefill.setItems(fitting);
        prefill.setVisible(!fitting.isEmpty());
        // On a file field the source is API Particulier, the field being the document asked for instead.
        boolean file = fieldType == FieldType.FILE;
        prefill.setLabel(getTranslation(file ? "backoffice.builder.field.source" : "backoffice.builder.field.prefill"));
        prefill.setHelperText(getTranslation(file ? "backoffice.builder.field.source.help"
                : "backoffice.builder.field.prefill.help"));
        prefill.setValue(fitting.contains(current) ? current : null);
    }

    private void showRequired(FieldType fieldType) {
        required.setVisible(fieldType.takesAnswer() && fieldType != FieldType.REPEATABLE_GROUP);
    }

    private void apply() {
        FieldType chosen = type.getValue();
        Field base = new Field(original.key(), chosen, label.getValue().strip(),
                help.getValue().isBlank() ? null : help.getValue().strip(),
                chosen.takesAnswer() && required.getValue(), original.rules(), original.options(), condition,
                prefill.getValue(), original.acceptedFileTypes(), original.maxFileSizeBytes(), original.children(),
                original.minRepetitions(), original.maxRepetitions());
        Field edited = settings.applyTo(base);
        state.change(form -> FormEdits.replaceField(form, key.current(), withKey(edited, key.current())));
    }

    private static Field withKey(Field field, String key) {
        return field.key().equals(key) ? field : new Field(key, field.type(), field.label(), field.help(),
                field.required(), field.rules(), field.options(), field.condition(), field.prefill(),
                field.acceptedFileTypes(), field.maxFileSizeBytes(), field.children(), field.minRepetitions(),
                field.maxRepetitions());
    }
}
