package fr.guichet.identity;

import fr.guichet.forms.Field;
import fr.guichet.forms.FieldType;
import fr.guichet.forms.FormDefinition;
import fr.guichet.forms.Page;
import fr.guichet.forms.Rules;
import fr.guichet.forms.Section;
import fr.guichet.forms.SubmissionValidation;
import fr.guichet.forms.ValidatedSubmission;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Checks a profile change as the forms check answers ({@link SubmissionValidation} on a form made of the profile's
 * fields, so a phone or a date is refused with the very message a form would show), plus the profile's own rules:
 * a plausible birth date, the details the preferred channel needs, and certified fields left as they are.
 */
final class ProfileChecks {

    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    private static final FormDefinition PROFILE_FORM = FormDefinition.of(Page.of("profil", "Profil",
            Section.of("identite", "Identité",
                    text(ProfileField.FIRST_NAME, FieldType.SHORT_TEXT, "Prénoms", 100),
                    text(ProfileField.LAST_NAME, FieldType.SHORT_TEXT, "Nom d’usage", 100),
                    text(ProfileField.BIRTH_NAME, FieldType.SHORT_TEXT, "Nom de naissance", 100),
                    Field.of(key(ProfileField.BIRTH_DATE), FieldType.DATE, "Date de naissance"),
                    text(ProfileField.BIRTH_PLACE, FieldType.SHORT_TEXT, "Lieu de naissance", 150),
                    text(ProfileField.ADDRESS, FieldType.POSTAL_ADDRESS, "Adresse", 500),
                    Field.of(key(ProfileField.POSTCODE), FieldType.SHORT_TEXT, "Code postal")
                            .withRules(Rules.pattern("[0-9]{5}", "Le code postal comporte 5 chiffres.")),
                    text(ProfileField.COMMUNE, FieldType.SHORT_TEXT, "Commune", 100),
                    Field.of(key(ProfileField.PHONE), FieldType.PHONE, "Téléphone"))));

    private ProfileChecks() {
    }

    /** The change's values, cleaned (stripped, blank ones null), when every rule holds; refused otherwise. */
    static Map<ProfileField, @Nullable String> check(ProfileChange change, CitizenProfile current, LocalDate today) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (ProfileField field : ProfileField.values()) {
            String typed = change.text(field);
            if (field != ProfileField.PREFERRED_CHANNEL && typed != null && !typed.isBlank()) {
                answers.put(key(field), typed);
            }
        }
        ValidatedSubmission validated = SubmissionValidation.validate(PROFILE_FORM, answers);
        Map<ProfileField, String> problems = new EnumMap<>(ProfileField.class);
        Map<ProfileField, @Nullable String> cleaned = new EnumMap<>(ProfileField.class);
        for (ProfileField field : ProfileField.values()) {
            if (field == ProfileField.PREFERRED_CHANNEL) {
                continue;
            }
            String error = validated.errors().get(key(field));
            if (error != null) {
                problems.put(field, error);
            }
            cleaned.put(field, (String) validated.answers().get(key(field)));
        }
        String birthDate = cleaned.get(ProfileField.BIRTH_DATE);
        if (birthDate != null && !plausibleBirth(LocalDate.parse(birthDate), today)) {
            problems.put(ProfileField.BIRTH_DATE, "Saisissez votre date de naissance, entre le 01/01/1900 et aujourd’hui.");
        }
        channelNeeds(change.preferredChannel(), cleaned, problems);
        for (ProfileField field : ProfileField.values()) {
            if (current.isCertified(field) && !Objects.equals(cleaned.get(field), currentText(current, field))) {
                problems.put(field, "Cette information est certifiée par votre fournisseur d’identité : elle ne peut "
                        + "pas être modifiée ici.");
            }
        }
        if (!problems.isEmpty()) {
            throw new ProfileRefused(problems);
        }
        return cleaned;
    }

    private static void channelNeeds(ContactChannel channel, Map<ProfileField, @Nullable String> cleaned,
            Map<ProfileField, String> problems) {
        if (channel == ContactChannel.SMS && cleaned.get(ProfileField.PHONE) == null) {
            problems.putIfAbsent(ProfileField.PHONE, "Indiquez votre numéro de téléphone pour être contacté par SMS.");
        }
        if (channel == ContactChannel.POST) {
            for (ProfileField needed : new ProfileField[] {ProfileField.ADDRESS, ProfileField.POSTCODE,
                    ProfileField.COMMUNE}) {
                if (cleaned.get(needed) == null) {
                    problems.putIfAbsent(needed, "Indiquez votre adresse complète pour être contacté par courrier.");
                }
            }
        }
    }

    private static boolean plausibleBirth(LocalDate date, LocalDate today) {
        return !date.isBefore(EARLIEST_BIRTH) && !date.isAfter(today);
    }

    private static @Nullable String currentText(CitizenProfile profile, ProfileField field) {
        return ProfileChange.of(profile).text(field);
    }

    private static Field text(ProfileField field, FieldType type, String label, int maxLength) {
        return Field.of(key(field), type, label).withRules(Rules.length(null, maxLength));
    }

    private static String key(ProfileField field) {
        return field.name().toLowerCase(Locale.ROOT);
    }
}
