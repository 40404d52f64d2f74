package fr.guichet.backoffice.builder.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.guichet.forms.Field;
import fr.guichet.forms.FieldType;
import fr.guichet.forms.Rules;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The settings of a field that depend on its type: choices, length and pattern rules of text, limits of numbers,
 * accepted files, repetitions of a group. Only the inputs of the current type are shown and reported.
 */
final class FieldSettings extends Div {

    private static final long MEBIBYTE = 1024L * 1024;

    private final TextArea options = new TextArea();
    private final IntegerField minLength = integer("backoffice.builder.rules.minLength");
    private final IntegerField maxLength = integer("backoffice.builder.rules.maxLength");
    private final TextField pattern = new TextField();
    private final TextField patternMessage = new TextField();
    private final BigDecimalField minValue = new BigDecimalField();
    private final BigDecimalField maxValue = new BigDecimalField();
    private final TextField fileTypes = new TextField();
    private final IntegerField maxMegabytes = integer("backoffice.builder.file.size");
    private final IntegerField minRepetitions = integer("backoffice.builder.group.min");
    private final IntegerField maxRepetitions = integer("backoffice.builder.group.max");

    FieldSettings(Field field, Runnable changed) {
        addClassName("form-stack");
        options.setLabel(getTranslation("backoffice.builder.options"));
        options.setHelperText(getTranslation("backoffice.builder.options.help"));
        options.setValue(String.join("\n", field.options()));
        pattern.setLabel(getTranslation("backoffice.builder.rules.pattern"));
        pattern.setHelperText(getTranslation("backoffice.builder.rules.pattern.help"));
        patternMessage.setLabel(getTranslation("backoffice.builder.rules.patternMessage"));
        patternMessage.setHelperText(getTranslation("backoffice.builder.rules.patternMessage.help"));
        minValue.setLabel(getTranslation("backoffice.builder.rules.minValue"));
        maxValue.setLabel(getTranslation("backoffice.builder.rules.maxValue"));
        fileTypes.setLabel(getTranslation("backoffice.builder.file.types"));
        fileTypes.setHelperText(getTranslation("backoffice.builder.file.types.help"));
        Rules rules = field.rules();
        minLength.setValue(rules.minLength());
        maxLength.setValue(rules.maxLength());
        pattern.setValue(orEmpty(rules.pattern()));
        patternMessage.setValue(orEmpty(rules.patternMessage()));
        minValue.setValue(rules.minValue());
        maxValue.setValue(rules.maxValue());
        fileTypes.setValue(String.join(", ", field.acceptedFileTypes()));
        maxMegabytes.setValue(field.maxFileSizeBytes() == 0 ? null : (int) (field.maxFileSizeBytes() / MEBIBYTE));
        minRepetitions.setValue(field.minRepetitions());
        maxRepetitions.setValue(field.maxRepetitions() == 0 ? null : field.maxRepetitions());
        for (HasValue<?, ?> input : List.<HasValue<?, ?>>of(options, minLength, maxLength, pattern, patternMessage,
                minValue, maxValue, fileTypes, maxMegabytes, minRepetitions, maxRepetitions)) {
            input.addValueChangeListener(event -> {
                if (event.isFromClient()) {
                    changed.run();
                }
            });
        }
        add(options, minLength, maxLength, pattern, patternMessage, minValue, maxValue, fileTypes, maxMegabytes,
                minRepetitions, maxRepetitions);
        show(field.type());
    }

    /** Shows the inputs that apply to {@code type}. */
    void show(FieldType type) {
        options.setVisible(type.isChoice());
        for (var input : List.of(minLength, maxLength)) {
            input.setVisible(type.isText());
        }
        pattern.setVisible(type.isText());
        patternMessage.setVisible(type.isText());
        minValue.setVisible(type == FieldType.NUMBER);
        maxValue.setVisible(type == FieldType.NUMBER);
        fileTypes.setVisible(type == FieldType.FILE);
        maxMegabytes.setVisible(type == FieldType.FILE);
        minRepetitions.setVisible(type == FieldType.REPEATABLE_GROUP);
        maxRepetitions.setVisible(type == FieldType.REPEATABLE_GROUP);
    }

    /** {@code base} with the settings of its type as entered, and none of the other types'. */
    Field applyTo(Field base) {
        FieldType type = base.type();
        List<String> choices = type.isChoice() ? lines(options.getValue()) : List.of();
        Rules rules = new Rules(type.isText() ? minLength.getValue() : null, type.isText() ? maxLength.getValue()
                : null, type == FieldType.NUMBER ? minValue.getValue() : null,
                type == FieldType.NUMBER ? maxValue.getValue() : null,
                type.isText() ? blankToNull(pattern.getValue()) : null,
                type.isText() ? blankToNull(patternMessage.getValue()) : null);
        boolean file = type == FieldType.FILE;
        boolean group = type == FieldType.REPEATABLE_GROUP;
        int min = group && minRepetitions.getValue() != null ? minRepetitions.getValue() : 0;
        return new Field(base.key(), type, base.label(), base.help(), group ? min > 0 : base.required(), rules,
                choices, base.condition(), base.prefill(),
                file ? Arrays.stream(fileTypes.getValue().split("[,;\\s]+")).map(String::strip)
                        .map(ext -> ext.replaceFirst("^\\.", "").toLowerCase(Locale.ROOT))
                        .filter(ext -> !ext.isEmpty()).toList() : List.of(),
                file && maxMegabytes.getValue() != null ? maxMegabytes.getValue() * MEBIBYTE : 0,
                group ? base.children() : List.of(), min,
                group && maxRepetitions.getValue() != null ? maxRepetitions.getValue() : 0);
    }

    private IntegerField integer(String key) {
        IntegerField input = new IntegerField(getTranslation(key));
        input.setMin(0);
        return input;
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    private static @Nullable String blankToNull(String text) {
        return text.isBlank() ? null : text.strip();
    }
}
