package fr.guichet.apiparticulier;

import fr.guichet.forms.PrefillSource;
import java.util.Optional;

/** The data sets Guichet reads from API Particulier, each with its v3 route for the civil-status modality. */
public enum DataSet {
    /** Quotient familial CAF & MSA (provider: CNAV, which serves the CNAF's and the MSA's data). */
    QUOTIENT_FAMILIAL("/v3/dss/quotient_familial/identite", PrefillSource.API_PARTICULIER_QUOTIENT_FAMILIAL),
    /** Statut étudiant (provider: the higher-education ministry, MESRI). */
    STUDENT_STATUS("/v3/mesri/statut_etudiant/identite", PrefillSource.API_PARTICULIER_STUDENT_STATUS);

    private final String path;
    private final PrefillSource source;

    DataSet(String path, PrefillSource source) {
        this.path = path;
        this.source = source;
    }

    String path() {
        return path;
    }

    /** The data set a form field declares as its source, if it declares one. */
    public static Optional<DataSet> of(PrefillSource source) {
        for (DataSet set : values()) {
            if (set.source == source) {
                return Optional.of(set);
            }
        }
        return Optional.empty();
    }
}
