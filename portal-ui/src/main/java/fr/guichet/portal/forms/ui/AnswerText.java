package fr.guichet.portal.forms.ui;

import com.vaadin.flow.component.Component;
import fr.guichet.forms.Field;
import fr.guichet.forms.FieldType;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** A validated answer as the review shows it, in French: 14/07/2015, 12,5, Oui, Sport, Musique. */
final class AnswerText {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private AnswerText() {
    }

    /**
     * @param value the cleaned answer from {@link fr.guichet.forms.ValidatedSubmission#answers()}, null if none
     * @param i18n any component, for translations
     */
    static String of(Field field, @Nullable Object value, Component i18n) {
        if (field.type() == FieldType.FILE) {
            return value instanceof java.util.Map<?, ?> file && file.get("name") != null
                    ? i18n.getTranslation("portal.form.review.file.joined", String.valueOf(file.get("name")))
                    : i18n.getTranslation("portal.form.review.file.none");
        }
        return switch (value) {
            case null -> i18n.getTranslation("portal.form.review.empty");
            case Boolean yes -> i18n.getTranslation(yes ? "portal.form.yes" : "portal.form.no");
            case BigDecimal number -> french(number);
            case String text when field.type() == FieldType.DATE -> date(text);
            case List<?> choices -> choices.stream().map(String::valueOf).collect(Collectors.joining(", "));
            default -> String.valueOf(value);
        };
    }

    /** 1 250,5: French separators, as many decimals as entered (trailing zeros aside). */
    private static String french(BigDecimal number) {
        DecimalFormat format = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.FRANCE));
        format.setMaximumFractionDigits(Math.max(0, number.stripTrailingZeros().scale()));
        return format.format(number);
    }

    private static String date(String iso) {
        try {
            return LocalDate.parse(iso).format(FRENCH_DATE);
        } catch (DateTimeParseException e) {
            return iso;
        }
    }
}
