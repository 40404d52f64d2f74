package fr.guichet.forms;

import static fr.guichet.forms.FieldType.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The accessibility lint, through {@link FormChecks#problems}. */
class AccessibilityLintTest {

  @ParameterizedTest
  @ValueSource(strings = {"Les champs en rouge sont obligatoires", "Remplissez le cadre ci-dessous",
      "Indiquez le montant à droite", "Les cases en vert sont validées", "Voir Ci-Dessus",
      "Voir\u00a0ci dessous"})
  void reportsALabelRelyingOnColourOrPosition(String label) {
    assertThat(FormChecks.problems(form(Field.of("nom", SHORT_TEXT, label))))
        .singleElement().asString()
        .startsWith("Champ « nom » : le libellé s’appuie sur la couleur ou la position (« ")
        .endsWith("Désignez l’élément par son nom.");
  }

  @Test
  void reportsAHelpTextSayingClickHere() {
    Field field = Field.of("nom", SHORT_TEXT, "Nom").withHelp("Pour de l’aide, cliquez ici.");

    assertThat(FormChecks.problems(form(field))).containsExactly("Champ « nom » : l’aide contient"
        + " « cliquez ici », qui ne dit pas à quoi mène l’action. Nommez la destination ou"
        + " l’action.");
  }

  @Test
  void reportsAnInformationTextAndASectionTitleRelyingOnPosition() {
    FormDefinition form = FormDefinition.of(Page.of("page", "Page",
        Section.of("section", "Cadre de gauche",
            Field.of("info", INFORMATION_TEXT, "Les pièces sont listées ci-dessous."))));

    assertThat(FormChecks.problems(form)).hasSize(1).first().asString()
        .startsWith("Champ « info » : le texte s’appuie sur la couleur ou la position");
  }

  @ParameterizedTest
  @ValueSource(strings = {"En vertu de la loi", "Nom de la rue de Rougemont",
      "Cliquez sur « Valider »", "Adresse du domicile", "Le document ci-joint"})
  void acceptsOrdinaryWording(String label) {
    assertThat(FormChecks.problems(form(Field.of("nom", SHORT_TEXT, label)))).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(FieldType.class)
  void requiresAFormatHintExactlyForDatesContactDetailsAndIdentifiers(FieldType type) {
    Set<FieldType> needing = EnumSet.of(DATE, EMAIL, PHONE, IBAN, SIRET, SIREN, NIR, RNA);
    Field field = switch (type) {
      case SINGLE_CHOICE, MULTIPLE_CHOICE, DROPDOWN -> Field.of("champ", type, "Q")
          .withOptions("A");
      case FILE -> Field.of("champ", type, "Q").accepting(1024, "pdf");
      case REPEATABLE_GROUP -> Field.group("champ", "Q", 0, 2, Field.of("a", SHORT_TEXT, "A"));
      default -> Field.of("champ", type, "Q");
    };

    assertThat(FormChecks.problems(form(field)))
        .as("format hint required for %s", type)
        .hasSize(needing.contains(type) ? 1 : 0)
        .allSatisfy(problem -> assertThat(problem)
            .contains("doit indiquer le format attendu dans son aide, par exemple « "));
    assertThat(FormChecks.problems(form(field.withHelp("Format : voir l’exemple")))).isEmpty();
  }

  private static FormDefinition form(Field... fields) {
    return FormDefinition.of(Page.of("page", "Page", Section.of("section", "Section", fields)));
  }
}
