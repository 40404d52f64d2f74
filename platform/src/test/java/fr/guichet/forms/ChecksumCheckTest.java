package fr.guichet.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChecksumCheckTest {

  @ParameterizedTest(name = "{0} « {1} » is refused by a real check")
  @CsvSource({
      "SIRET, 35600000000049",
      "SIREN, 356000001",
      "IBAN, FR7630006000011234567890188",
      "NIR, 184127645108947",
  })
  void submissionsAreValidatedWithRealChecksumsNotJustShapes(FieldType type, String value) {
    FormDefinition form = FormDefinition.of(Page.of("p", "Page", Section.of("s", "Section",
        Field.of("q", type, "Numéro").withHelp("Saisissez le numéro sans espace."))));

    ValidatedSubmission result = SubmissionValidation.validate(form, Map.of("q", value));

    assertThat(result.errors()).containsKey("q");
    assertThat(result.errors().get("q")).contains("clé de contrôle");
  }
}
