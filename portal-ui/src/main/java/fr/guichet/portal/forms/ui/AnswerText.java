package fr.guichet.portal.forms.ui;

import com.vaadin.flow.component.Component;
import fr.guichet.forms.AnswerSheet;
import fr.guichet.forms.Field;
import fr.guichet.forms.FieldType;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A validated answer as the review shows it, in French: 14/07/2015, 12,5, Oui, Sport, Musique. The words of the
 * portal (yes, no, nothing given, a joined file) come from its bundle; numbers, dates and choices are written as
 * everywhere else ({@link AnswerSheet#text}).
 */
final class AnswerText {

    private AnswerText() {
    }

    /**
     * @param value the cleaned answer from {@link fr.guichet.forms.ValidatedSubmission#answers()}, null if none
     * @param i18n any component, for translations
     */
    static String of(Field field, @Nullable Object value, Component i18n) {
        if (field.type() == FieldType.FILE && value instanceof String received) {
            return received; // a value API Particulier transmitted instead of the document, with its provenance
        }
        if (field.type() == FieldType.FILE) {
            return value instanceof Map<?, ?> file && file.get("name") != null
                    ? i18n.getTranslation("portal.form.review.file.joined", String.valueOf(file.get("name")))
                    : i18n.getTranslation("portal.form.review.file.none");
        }
        return switch (value) {
            case null -> i18n.getTranslation("portal.form.review.empty");
            case Boolean yes -> i18n.getTranslation(yes ? "portal.form.yes" : "portal.form.no");
            default -> AnswerSheet.text(field, value);
        };
    }
}
