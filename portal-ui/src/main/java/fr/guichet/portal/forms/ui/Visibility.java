package fr.guichet.portal.forms.ui;

import fr.guichet.forms.Field;
import fr.guichet.forms.FieldType;
import fr.guichet.forms.FormDefinition;
import fr.guichet.forms.Page;
import fr.guichet.forms.Section;
import fr.guichet.forms.SubmissionValidation;
import java.util.Map;
import java.util.Set;

/**
 * Which fields the conditions hide, decided by the server's own validation rather than a copy of its rules: every
 * field is sent (empty when unanswered) and {@link SubmissionValidation} drops exactly those that are hidden, listing
 * them in {@code ignoredKeys} ({@code key}, or {@code group[i].key} inside a group). Information texts take no answer,
 * so they are always dropped: the probe asks them as optional short texts instead, which no condition can look at.
 * Sections and pages are hidden when all their fields are.
 */
final class Visibility {

    private final FormDefinition probeForm;

    Visibility(FormDefinition form) {
        this.probeForm = FormDefinition.of(form.pages().stream().map(Visibility::probe).toList());
    }

    /** The keys of the hidden fields, given every field's {@link FieldInput#probe()} answer. */
    Set<String> hiddenKeys(Map<String, Object> probeAnswers) {
        return SubmissionValidation.validate(probeForm, probeAnswers).ignoredKeys();
    }

    private static Page probe(Page page) {
        return new Page(page.key(), page.title(), page.condition(),
                page.sections().stream().map(Visibility::probe).toList());
    }

    private static Section probe(Section section) {
        return new Section(section.key(), section.title(), section.condition(),
                section.fields().stream().map(Visibility::probe).toList());
    }

    private static Field probe(Field field) {
        if (field.type() == FieldType.INFORMATION_TEXT) {
            return Field.of(field.key(), FieldType.SHORT_TEXT, field.label()).when(field.condition());
        }
        if (field.type() == FieldType.REPEATABLE_GROUP) {
            return new Field(field.key(), field.type(), field.label(), field.help(), field.required(), field.rules(),
                    field.options(), field.condition(), field.prefill(), field.acceptedFileTypes(),
                    field.maxFileSizeBytes(), field.children().stream().map(Visibility::probe).toList(),
                    field.minRepetitions(), field.maxRepetitions());
        }
        return field;
    }
}
