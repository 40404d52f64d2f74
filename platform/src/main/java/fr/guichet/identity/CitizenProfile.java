package fr.guichet.identity;

import fr.guichet.forms.Field;
import fr.guichet.forms.FormDefinition;
import fr.guichet.forms.Page;
import fr.guichet.forms.PrefillSource;
import fr.guichet.forms.Section;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a citizen told the commune about themselves, to prefill forms. {@code email} is the account's (verified)
 * address; {@code certified} lists what an identity provider vouches for (nothing for a password account).
 */
public record CitizenProfile(String email, @Nullable String firstName, @Nullable String lastName,
        @Nullable String birthName, @Nullable LocalDate birthDate, @Nullable String birthPlace,
        @Nullable String address, @Nullable String postcode, @Nullable String commune, @Nullable String phone,
        ContactChannel preferredChannel, IdentitySource source, Set<PrefillSource> certified) {

    public CitizenProfile {
        certified = Set.copyOf(certified);
    }

    /** The answer this profile gives for a prefill source, as forms read it; empty when the citizen gave none. */
    public Optional<String> value(PrefillSource prefill) {
        return Optional.ofNullable(switch (prefill) {
            case FIRST_NAME -> firstName;
            case LAST_NAME -> lastName;
            case BIRTH_NAME -> birthName;
            case BIRTH_DATE -> birthDate == null ? null : birthDate.toString();
            case BIRTH_PLACE -> birthPlace;
            case ADDRESS -> address;
            case POSTCODE_COMMUNE -> postcode == null ? null : commune == null ? postcode : postcode + " " + commune;
            case EMAIL -> email;
            case PHONE -> phone;
            case API_PARTICULIER_QUOTIENT_FAMILIAL, API_PARTICULIER_STUDENT_STATUS -> null; // never in a profile
        });
    }

    /** Whether the citizen may not change this field: an identity provider vouches for it. */
    public boolean isCertified(ProfileField field) {
        PrefillSource source = field.source();
        return source != null && certified.contains(source);
    }

    /**
     * The answers this profile suggests for {@code form}, by field key: fields with a prefill source that suits their
     * type and that the profile can answer. Fields of repeatable groups are left out (one profile, many entries).
     */
    public Map<String, Prefill> prefill(FormDefinition form) {
        Map<String, Prefill> prefills = new LinkedHashMap<>();
        for (Page page : form.pages()) {
            for (Section section : page.sections()) {
                for (Field field : section.fields()) {
                    PrefillSource source = field.prefill();
                    if (source != null && source.fits(field.type())) {
                        value(source).ifPresent(value -> prefills.put(field.key(),
                                new Prefill(value, certified.contains(source))));
                    }
                }
            }
        }
        return prefills;
    }
}
