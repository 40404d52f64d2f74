package fr.guichet.forms;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.forms.AnswerSheet.Kind;
import fr.guichet.forms.AnswerSheet.Line;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerSheetTest {

  @Test
  void laysOutAnsweredFieldsUnderTheirHeadingsInFrench() {
    ValidatedSubmission validated = SubmissionValidation.validate(SampleForms.canteen(), Map.of(
        "nom", "Durand", "quotient", "1\u202f250,5",
        "enfants", List.of(Map.of("prenom_enfant", "Léa", "classe", "CP", "jours", List.of("Mardi", "Lundi"),
            "allergies", false))));
    assertThat(validated.isValid()).as(validated.errors().toString()).isTrue();

    List<Line> lines = AnswerSheet.of(SampleForms.canteen(), validated.answers());

    assertThat(lines).containsExactly(
        new Line(Kind.PAGE, "Votre famille", "", 0),
        new Line(Kind.SECTION, "Responsable légal", "", 0),
        new Line(Kind.ANSWER, "Nom", "Durand", 0),
        new Line(Kind.ANSWER, "Quotient familial", "1\u202f250,5", 0),
        new Line(Kind.SECTION, "Vos enfants", "", 0),
        new Line(Kind.ANSWER, "Enfant à inscrire", "1 élément", 0),
        new Line(Kind.ENTRY, "Enfant à inscrire 1", "", 1),
        new Line(Kind.ANSWER, "Prénom", "Léa", 1),
        new Line(Kind.ANSWER, "Classe", "CP", 1),
        new Line(Kind.ANSWER, "Jours de cantine", "Lundi, Mardi", 1),
        new Line(Kind.ANSWER, "L’enfant a-t-il des allergies alimentaires ?", "Non", 1));
  }

  @Test
  void writesDatesNumbersAndFilesTheFrenchWay() {
    Field date = Field.of("d", FieldType.DATE, "Date");
    Field file = Field.of("f", FieldType.FILE, "Justificatif");
    Field number = Field.of("n", FieldType.NUMBER, "Montant");

    assertThat(AnswerSheet.text(date, "2015-07-14")).isEqualTo("14/07/2015");
    assertThat(AnswerSheet.text(number, new BigDecimal("1234.50"))).isEqualTo("1\u202f234,5");
    assertThat(AnswerSheet.text(number, 12)).isEqualTo("12");
    assertThat(AnswerSheet.text(file, Map.of("reference", "x", "name", "facture.pdf", "size", 10)))
        .isEqualTo("facture.pdf");
  }
}
