package fr.guichet.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What citizens are told about the personal data a procedure collects (RGPD articles 13 and 14). Required, complete,
 * before a procedure can be published.
 */
@Embeddable
public record PrivacyNotice(
        @Column(name = "privacy_purpose") @Nullable String purpose,
        @Column(name = "privacy_legal_basis") @Enumerated(EnumType.STRING) @Nullable LegalBasis legalBasis,
        @Column(name = "privacy_retention") @Nullable String retention,
        @Column(name = "privacy_recipients") @Nullable String recipients) {

    public static PrivacyNotice empty() {
        return new PrivacyNotice(null, null, null, null);
    }

    /** What is missing, in French; empty when the notice can be published. */
    public List<String> missing() {
        List<String> problems = new ArrayList<>();
        if (blank(purpose)) {
            problems.add("Mention d’information : indiquez la finalité du traitement (à quoi servent les données).");
        }
        if (legalBasis == null) {
            problems.add("Mention d’information : choisissez la base légale du traitement.");
        }
        if (blank(retention)) {
            problems.add("Mention d’information : indiquez la durée de conservation des données.");
        }
        if (blank(recipients)) {
            problems.add("Mention d’information : indiquez les destinataires des données (services, partenaires).");
        }
        return problems;
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
