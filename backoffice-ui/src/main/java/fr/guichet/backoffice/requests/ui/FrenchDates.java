package fr.guichet.backoffice.requests.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Dates as French agents read them (Paris time), and a date picker that speaks French. */
final class FrenchDates {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm",
            Locale.FRANCE);

    private FrenchDates() {
    }

    static String day(@Nullable Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(PARIS));
    }

    static String moment(Instant instant) {
        return MOMENT.format(instant.atZone(PARIS));
    }

    /** A date picker with French month and day names, dd/MM/yyyy. */
    static final class Picker extends DatePicker {

        Picker() {
            setLocale(Locale.FRANCE);
            DatePickerI18n i18n = new DatePickerI18n();
            i18n.setMonthNames(List.of("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                    "septembre", "octobre", "novembre", "décembre"));
            i18n.setWeekdays(List.of("dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"));
            i18n.setWeekdaysShort(List.of("dim.", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam."));
            i18n.setFirstDayOfWeek(1);
            i18n.setToday(getTranslation("backoffice.date.today"));
            i18n.setCancel(getTranslation("common.cancel"));
            i18n.setDateFormat("dd/MM/yyyy");
            setI18n(i18n);
            setPlaceholder("jj/mm/aaaa");
        }
    }
}
