package fr.guichet.franceconnect;

import fr.guichet.identity.CertifiedIdentity;
import fr.guichet.territories.OfficialCommune;
import fr.guichet.territories.OfficialTerritories;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * FranceConnect's claims read into a {@link CertifiedIdentity}: given names, birth name, usage name, birth date,
 * place of birth (the INSEE code of a current commune, named from the official list; unknown codes, and people born
 * abroad, leave it out) and e-mail. A missing one that the commune needs refuses the sign-in.
 */
final class FranceConnectClaims {

    static final List<String> REQUIRED = List.of("sub", "given_name", "family_name", "birthdate", "email");
    private static final String FRANCE = "99100";

    private FranceConnectClaims() {
    }

    /** The id_token must say at which eIDAS level the person was authenticated. */
    static OAuth2TokenValidator<Jwt> acr() {
        return jwt -> FranceConnectJwts.ACR.contains(jwt.getClaimAsString("acr")) ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_id_token",
                        "The id_token has no eIDAS acr claim", null));
    }

    static CertifiedIdentity identity(Map<String, Object> claims, OfficialTerritories territories) {
        List<String> missing = new ArrayList<>();
        for (String claim : REQUIRED) {
            if (text(claims, claim) == null) {
                missing.add(claim);
            }
        }
        if (!missing.isEmpty()) {
            throw new FranceConnectRefused(FranceConnectRefused.Reason.MISSING_CLAIMS,
                    "FranceConnect's userinfo lacks " + missing);
        }
        LocalDate birthDate;
        try {
            birthDate = LocalDate.parse(text(claims, "birthdate"));
        } catch (DateTimeParseException e) {
            throw new FranceConnectRefused(FranceConnectRefused.Reason.MISSING_CLAIMS,
                    "FranceConnect's birthdate is not a full date");
        }
        return new CertifiedIdentity(text(claims, "sub"), text(claims, "given_name"), text(claims, "family_name"),
                text(claims, "preferred_username"), birthDate, birthPlace(claims, territories), text(claims, "email"),
                sex(claims), birthplaceCode(claims), text(claims, "birthcountry"));
    }

    /** FranceConnect's {@code gender} ({@code female}, {@code male}) as the civil registry's sex. */
    private static @Nullable String sex(Map<String, Object> claims) {
        String gender = text(claims, "gender");
        return "female".equals(gender) ? "F" : "male".equals(gender) ? "M" : null;
    }

    private static @Nullable String birthplaceCode(Map<String, Object> claims) {
        String place = text(claims, "birthplace");
        String country = text(claims, "birthcountry");
        return place == null || (country != null && !FRANCE.equals(country)) ? null : place;
    }

    private static @Nullable String birthPlace(Map<String, Object> claims, OfficialTerritories territories) {
        String place = text(claims, "birthplace");
        String country = text(claims, "birthcountry");
        if (place == null || (country != null && !FRANCE.equals(country))) {
            return null;
        }
        return territories.commune(place).map(OfficialCommune::name).orElse(null);
    }

    private static @Nullable String text(Map<String, Object> claims, String name) {
        Object value = claims.get(name);
        return value instanceof String text && !text.isBlank() ? text.strip() : null;
    }
}
