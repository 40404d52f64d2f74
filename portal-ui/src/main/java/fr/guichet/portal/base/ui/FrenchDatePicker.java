package fr.guichet.portal.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A date picker in French: month and day names, weeks starting on Monday, dates typed and shown as dd/MM/yyyy (also
 * accepting 1/2/2024, 01022024 and ISO dates). It tells whether what was typed is not a date, which the value (null)
 * alone does not.
 */
public final class FrenchDatePicker extends DatePicker {

    private static final Locale FRENCH = Locale.FRANCE;

    public FrenchDatePicker() {
        setLocale(FRENCH);
        // The calendar opens from its button only: typing a date is not interrupted by an overlay.
        setAutoOpen(false);
        setI18n(new DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL, FRENCH))
                        .toList())
                .setWeekdays(week(TextStyle.FULL))
                .setWeekdaysShort(week(TextStyle.SHORT))
                .setFirstDayOfWeek(1)
                .setToday(getTranslation("portal.form.date.today"))
                .setCancel(getTranslation("portal.form.date.cancel"))
                .setDateFormats("dd/MM/yyyy", "d/M/yyyy", "ddMMyyyy", "yyyy-MM-dd"));
    }

    /** Whether the citizen typed something that is not a date. */
    public boolean hasUnparsableInput() {
        return isInputUnparsable();
    }

    /** Day names from Sunday, as the web component expects them. */
    private static List<String> week(TextStyle style) {
        return Stream.concat(Stream.of(DayOfWeek.SUNDAY), Stream.of(DayOfWeek.values()).limit(6))
                .map(day -> day.getDisplayName(style, FRENCH)).toList();
    }
}
