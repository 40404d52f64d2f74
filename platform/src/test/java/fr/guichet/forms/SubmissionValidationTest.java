package fr.guichet.forms;

import static fr.guichet.forms.FieldType.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubmissionValidationTest {

  private static final FormDefinition BIRTH = SampleForms.birthCertificate();

  /** A complete, valid answer to the birth certificate form, by the person concerned, by e-mail. */
  private static Map<String, Object> birthAnswers() {
    Map<String, Object> answers = new HashMap<>();
    answers.put("qualite", SampleForms.SELF);
    answers.put("nom", "  Martin ");
    answers.put("prenom", "Léa");
    answers.put("courriel", "lea.martin@exemple.fr");
    answers.put("date_naissance", "1990-07-14");
    answers.put("type_acte", "Extrait avec filiation");
    answers.put("exemplaires", "2");
    answers.put("mode_envoi", "Par voie électronique");
    answers.put("attestation", true);
    return answers;
  }

  @Test
  void acceptsACompleteSubmissionAndCleansIt() {
    ValidatedSubmission result = SubmissionValidation.validate(BIRTH, birthAnswers());

    assertThat(result.isValid()).isTrue();
    assertThat(result.errors()).isEmpty();
    assertThat(result.ignoredKeys()).isEmpty();
    assertThat(result.answers()).containsExactly(
        entry("qualite", SampleForms.SELF), entry("nom", "Martin"), entry("prenom", "Léa"),
        entry("courriel", "lea.martin@exemple.fr"), entry("date_naissance", "1990-07-14"),
        entry("type_acte", "Extrait avec filiation"), entry("exemplaires", new BigDecimal("2")),
        entry("mode_envoi", "Par voie électronique"), entry("attestation", true));
  }

  @Test
  void reportsEveryMissingRequiredAnswerInDocumentOrder() {
    ValidatedSubmission result = SubmissionValidation.validate(BIRTH, Map.of());

    assertThat(result.isValid()).isFalse();
    assertThat(result.errors()).containsExactly(
        entry("qualite", "Ce champ est obligatoire."), entry("nom", "Ce champ est obligatoire."),
        entry("prenom", "Ce champ est obligatoire."),
        entry("courriel", "Ce champ est obligatoire."),
        entry("nom_concerne", "Ce champ est obligatoire."),
        entry("prenoms_concerne", "Ce champ est obligatoire."),
        entry("date_naissance", "Ce champ est obligatoire."),
        entry("type_acte", "Ce champ est obligatoire."),
        entry("exemplaires", "Ce champ est obligatoire."),
        entry("mode_envoi", "Ce champ est obligatoire."),
        entry("attestation", "Vous devez cocher cette case pour continuer."));
  }

  @Test
  void aHiddenRequiredFieldIsNotRequired() {
    ValidatedSubmission result = SubmissionValidation.validate(BIRTH, birthAnswers());

    assertThat(result.errors()).doesNotContainKeys("justificatif", "motif", "adresse",
        "nom_concerne");
  }

  @Test
  void dropsTheAnswersOfHiddenFieldsAndSections() {
    Map<String, Object> answers = birthAnswers();
    answers.put("adresse", "1 rue de la Paix, 74000 Annecy");
    answers.put("nom_concerne", "Dupont");
    answers.put("motif", "x");

    ValidatedSubmission result = SubmissionValidation.validate(BIRTH, answers);

    assertThat(result.isValid()).isTrue();
    assertThat(result.answers()).doesNotContainKeys("adresse", "nom_concerne", "motif");
    assertThat(result.ignoredKeys()).containsExactlyInAnyOrder("adresse", "nom_concerne", "motif");
  }

  @Test
  void requiresAndKeepsAFieldOnceItsConditionHolds() {
    Map<String, Object> answers = birthAnswers();
    answers.put("mode_envoi", SampleForms.BY_POST);
    answers.put("type_acte", SampleForms.FULL_COPY);
    answers.put("motif", "Dossier de mariage");

    ValidatedSubmission result = SubmissionValidation.validate(BIRTH, answers);

    assertThat(result.errors()).containsExactly(entry("adresse", "Ce champ est obligatoire."));
    assertThat(result.answers()).containsEntry("motif", "Dossier de mariage");
  }

  @Test
  void dropsCraftedExtraKeysAndAnswersToInformationTexts() {
    Map<String, Object> answers = birthAnswers();
    answers.put("statut", "valide");
    answers.put("agent_id", 42);
    answers.put("gratuite", "modifié");

    ValidatedSubmission result = SubmissionValidation.validate(BIRTH, answers);

    assertThat(result.isValid()).isTrue();
    assertThat(result.answers()).doesNotContainKeys("statut", "agent_id", "gratuite");
    assertThat(result.ignoredKeys()).containsExactlyInAnyOrder("statut", "agent_id", "gratuite");
  }

  @Test
  void refusesAChoiceThatIsNotAnOption() {
    Map<String, Object> answers = birthAnswers();
    answers.put("type_acte", "Copie certifiée conforme");
    answers.put("mode_envoi", List.of("Par courrier"));

    ValidatedSubmission result = SubmissionValidation.validate(BIRTH, answers);

    assertThat(result.errors()).containsExactly(
        entry("type_acte", "Choisissez une des options proposées."),
        entry("mode_envoi", "La réponse n’est pas valide."));
    assertThat(result.answers()).doesNotContainKeys("type_acte", "mode_envoi");
  }

  @Test
  void anInvalidAnswerCountsAsNoAnswerForTheFieldsDependingOnIt() {
    Map<String, Object> answers = birthAnswers();
    answers.put("qualite", "Le maire");
    answers.put("justificatif", Map.of("reference", "abc", "name", "lien.pdf", "size", 100));

    ValidatedSubmission result = SubmissionValidation.validate(BIRTH, answers);

    assertThat(result.errors()).containsOnlyKeys("qualite", "nom_concerne", "prenoms_concerne");
    assertThat(result.ignoredKeys()).containsExactly("justificatif");
  }

  @Test
  void requiresATickedConsentWhenTheConsentIsRequired() {
    Map<String, Object> answers = birthAnswers();
    answers.put("attestation", false);

    assertThat(SubmissionValidation.validate(BIRTH, answers).errors())
        .containsExactly(entry("attestation", "Vous devez cocher cette case pour continuer."));
  }

  @Test
  void checksTheDescriptionOfAnUploadedFile() {
    Map<String, Object> answers = birthAnswers();
    answers.put("qualite", SampleForms.OTHER);
    answers.put("nom_concerne", "Dupont");
    answers.put("prenoms_concerne", "Jean");

    answers.put("justificatif", Map.of("reference", "f-1", "name", "lien.exe", "size", 10));
    assertThat(SubmissionValidation.validate(BIRTH, answers).errors())
        .containsExactly(entry("justificatif", "Le fichier doit être de type pdf, jpg, png."));

    answers.put("justificatif", Map.of("reference", "f-1", "name", "lien.PDF", "size", 6_000_000));
    assertThat(SubmissionValidation.validate(BIRTH, answers).errors())
        .containsExactly(entry("justificatif", "Le fichier dépasse la taille maximale de 5 Mo."));

    answers.put("justificatif", Map.of("reference", "f-1", "name", "lien.PDF", "size", 1000));
    assertThat(SubmissionValidation.validate(BIRTH, answers).answers())
        .containsEntry("justificatif", Map.of("reference", "f-1", "name", "lien.PDF", "size", 1000L));
  }

  @Test
  void appliesTheRulesOfTheField() {
    Map<String, Object> answers = birthAnswers();
    answers.put("exemplaires", "6");
    answers.put("type_acte", SampleForms.FULL_COPY);
    answers.put("motif", "Court");

    assertThat(SubmissionValidation.validate(BIRTH, answers).errors()).containsExactly(
        entry("motif", "Saisissez au moins 10 caractères."),
        entry("exemplaires", "Saisissez un nombre inférieur ou égal à 5."));
  }

  @Test
  void theCleanedAnswersPassTheValidationAgainUnchanged() {
    Map<String, Object> answers = birthAnswers();
    answers.put("extra", "x");
    ValidatedSubmission first = SubmissionValidation.validate(BIRTH, answers);

    ValidatedSubmission second = SubmissionValidation.validate(BIRTH, first.answers());

    assertThat(second.answers()).isEqualTo(first.answers());
    assertThat(second.errors()).isEmpty();
    assertThat(second.ignoredKeys()).isEmpty();
  }

  @Test
  void theResultCannotBeModified() {
    ValidatedSubmission result = SubmissionValidation.validate(BIRTH, birthAnswers());

    assertThat(result.answers()).isUnmodifiable();
    assertThat(result.errors()).isUnmodifiable();
  }

  @Test
  void acceptsAnswersDecodedFromJsonWithNulls() {
    Map<String, Object> answers = birthAnswers();
    answers.put("telephone", null);

    ValidatedSubmission result = SubmissionValidation.validate(BIRTH, answers);

    assertThat(result.isValid()).isTrue();
    assertThat(result.answers()).doesNotContainKey("telephone");
  }

  @Test
  void aNumberConditionComparesFrenchDecimals() {
    FormDefinition form = FormDefinition.of(Page.of("p", "Page", Section.of("s", "Section",
        Field.of("surface", NUMBER, "Surface en m²"),
        Field.of("permis", SHORT_TEXT, "Numéro du permis").asRequired()
            .when(new Condition("surface", Condition.Operator.GREATER_THAN, "20,5")))));

    assertThat(SubmissionValidation.validate(form, Map.of("surface", "20,6")).errors())
        .containsOnlyKeys("permis");
    assertThat(SubmissionValidation.validate(form, Map.of("surface", "20,5")).errors()).isEmpty();
    assertThat(SubmissionValidation.validate(form, Map.of("surface", 21)).errors())
        .containsOnlyKeys("permis");
  }
}
