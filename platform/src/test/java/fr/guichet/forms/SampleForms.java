package fr.guichet.forms;

import static fr.guichet.forms.FieldType.*;

import java.math.BigDecimal;
import java.util.List;

/** Realistic forms shared by the tests; both pass {@link FormChecks}. */
final class SampleForms {

  static final String SELF = "La personne concernée";
  static final String OTHER = "Autre";
  static final String FULL_COPY = "Copie intégrale";
  static final String BY_POST = "Par courrier";

  private SampleForms() {}

  /** « Demande d’acte de naissance », with conditions on a page section, on fields, and a file. */
  static FormDefinition birthCertificate() {
    return FormDefinition.of(
        Page.of("demandeur", "Vos coordonnées",
            Section.of("identite", "Votre identité",
                Field.of("qualite", SINGLE_CHOICE, "Vous êtes").asRequired()
                    .withOptions(SELF, "Son parent", "Son enfant", "Son conjoint ou sa conjointe",
                        OTHER),
                Field.of("nom", SHORT_TEXT, "Nom").asRequired()
                    .prefilledFrom(PrefillSource.LAST_NAME),
                Field.of("prenom", SHORT_TEXT, "Prénom").asRequired()
                    .prefilledFrom(PrefillSource.FIRST_NAME),
                Field.of("courriel", EMAIL, "Adresse électronique").asRequired()
                    .withHelp("Exemple : nom@domaine.fr").prefilledFrom(PrefillSource.EMAIL),
                Field.of("telephone", PHONE, "Téléphone")
                    .withHelp("Exemple : 06 12 34 56 78").prefilledFrom(PrefillSource.PHONE),
                Field.of("justificatif", FILE, "Justificatif de votre lien avec la personne")
                    .asRequired().withHelp("Format PDF, JPG ou PNG, 5 Mo au plus.")
                    .accepting(5L * 1024 * 1024, "pdf", "jpg", "png")
                    .when(Condition.equalTo("qualite", OTHER)))),
        Page.of("acte", "L’acte demandé",
            new Section("personne", "Personne concernée par l’acte",
                new Condition("qualite", Condition.Operator.DIFFERS, SELF), List.of(
                    Field.of("nom_concerne", SHORT_TEXT, "Nom de naissance").asRequired(),
                    Field.of("prenoms_concerne", SHORT_TEXT, "Prénoms").asRequired())),
            Section.of("naissance", "Naissance",
                Field.of("date_naissance", DATE, "Date de naissance").asRequired()
                    .withHelp("Exemple : 14/07/1990"),
                Field.of("type_acte", DROPDOWN, "Type d’acte").asRequired()
                    .withOptions(FULL_COPY, "Extrait avec filiation", "Extrait sans filiation"),
                Field.of("motif", LONG_TEXT, "Motif de la demande").asRequired()
                    .withHelp("La copie intégrale n’est délivrée qu’à certaines personnes.")
                    .withRules(Rules.length(10, 1000))
                    .when(Condition.equalTo("type_acte", FULL_COPY)),
                Field.of("exemplaires", NUMBER, "Nombre d’exemplaires").asRequired()
                    .withRules(Rules.value(BigDecimal.ONE, new BigDecimal("5"))))),
        Page.of("envoi", "Réception de l’acte",
            Section.of("mode", "Mode d’envoi",
                Field.of("mode_envoi", SINGLE_CHOICE, "Comment souhaitez-vous recevoir l’acte ?")
                    .asRequired().withOptions(BY_POST, "Par voie électronique"),
                Field.of("adresse", POSTAL_ADDRESS, "Adresse postale").asRequired()
                    .prefilledFrom(PrefillSource.ADDRESS)
                    .when(Condition.equalTo("mode_envoi", BY_POST)),
                Field.of("gratuite", INFORMATION_TEXT, "La délivrance d’un acte est gratuite."),
                Field.of("attestation", CONSENT,
                    "J’atteste sur l’honneur l’exactitude des informations fournies.")
                    .asRequired())));
  }

  /** « Inscription à la cantine », with a repeatable group and a condition inside it. */
  static FormDefinition canteen() {
    return FormDefinition.of(
        Page.of("famille", "Votre famille",
            Section.of("responsable", "Responsable légal",
                Field.of("nom", SHORT_TEXT, "Nom").asRequired(),
                Field.of("quotient", NUMBER, "Quotient familial")
                    .withHelp("Il figure sur votre attestation de la CAF.")
                    .withRules(Rules.value(BigDecimal.ZERO, null))),
            Section.of("enfants_section", "Vos enfants",
                Field.group("enfants", "Enfant à inscrire", 1, 4,
                    Field.of("prenom_enfant", SHORT_TEXT, "Prénom").asRequired(),
                    Field.of("classe", DROPDOWN, "Classe").asRequired()
                        .withOptions("Petite section", "Moyenne section", "Grande section",
                            "CP", "CE1", "CE2", "CM1", "CM2"),
                    Field.of("jours", MULTIPLE_CHOICE, "Jours de cantine").asRequired()
                        .withOptions("Lundi", "Mardi", "Jeudi", "Vendredi"),
                    Field.of("allergies", YES_NO, "L’enfant a-t-il des allergies alimentaires ?")
                        .asRequired(),
                    Field.of("detail_allergies", LONG_TEXT, "Précisez les allergies").asRequired()
                        .when(Condition.equalTo("allergies", "oui"))))));
  }
}
