package fr.guichet.forms;

import static fr.guichet.forms.FieldType.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class FormChecksTest {

  private static final Field NAME = Field.of("nom", SHORT_TEXT, "Nom");

  @Test
  void acceptsTheSampleForms() {
    assertThat(FormChecks.problems(SampleForms.birthCertificate())).isEmpty();
    assertThat(FormChecks.problems(SampleForms.canteen())).isEmpty();
  }

  @Test
  void reportsAKeyUsedTwiceWithBothPlaces() {
    FormDefinition form = FormDefinition.of(
        Page.of("p1", "Première page", Section.of("s1", "Identité", NAME)),
        Page.of("p2", "Seconde page", Section.of("s2", "Contact", NAME)));

    assertThat(FormChecks.problems(form)).containsExactly("Clé « nom » : elle est utilisée 2 fois"
        + " (pages[0].sections[0].fields[0], pages[1].sections[0].fields[0]) ; chaque clé doit"
        + " être unique dans le formulaire.");
  }

  @Test
  void keysOfPagesSectionsAndFieldsShareOneNamespace() {
    FormDefinition form = FormDefinition.of(Page.of("nom", "Page", Section.of("s", "S", NAME)));

    assertThat(FormChecks.problems(form)).singleElement().asString()
        .startsWith("Clé « nom » : elle est utilisée 2 fois (pages[0], pages[0].sections[0]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Nom", "1er_champ", "nom-usage", "nom usage", "é", "",
      "a23456789012345678901234567890123456789012"})
  void refusesAMalformedKey(String key) {
    List<String> problems = FormChecks.problems(form(Field.of(key, SHORT_TEXT, "Nom")));

    assertThat(problems).singleElement().asString()
        .contains("une clé commence par une lettre minuscule");
  }

  @Test
  void acceptsAKeyOfFortyCharacters() {
    assertThat(FormChecks.problems(form(Field.of("a" + "b".repeat(39), SHORT_TEXT, "Nom"))))
        .isEmpty();
  }

  @Test
  void reportsAnUnlabelledFieldAndAnUntitledSection() {
    FormDefinition form = FormDefinition.of(Page.of("p", "Page",
        Section.of("s", " ", Field.of("nom", SHORT_TEXT, ""))));

    assertThat(FormChecks.problems(form)).containsExactly(
        "Section « s » : le titre est vide.",
        "Champ « nom » : le libellé est vide ; chaque champ doit avoir un libellé.");
  }

  @Test
  void reportsEveryProblemAtOnce() {
    FormDefinition form = form(
        Field.of("Nom", SHORT_TEXT, ""),
        Field.of("choix", DROPDOWN, "Choix"),
        Field.of("date", DATE, "Date, en rouge").when(Condition.isFilled("suite")),
        Field.of("suite", SHORT_TEXT, "Suite"));

    assertThat(FormChecks.problems(form)).hasSize(6);
  }

  static Stream<Arguments> choiceLists() {
    return Stream.of(
        Arguments.of(List.of(), "la liste de choix est vide ; ajoutez au moins une option."),
        Arguments.of(List.of("Oui", "Non", "oui "), "l’option « oui » apparaît plusieurs fois."),
        Arguments.of(List.of("Oui", " "), "une option est vide."),
        Arguments.of(IntStream.range(0, 101).mapToObj(i -> "Option " + i).toList(),
            "la liste compte 101 options ; la limite est de 100 options par liste."));
  }

  @ParameterizedTest
  @MethodSource("choiceLists")
  void reportsABadChoiceList(List<String> options, String expected) {
    Field choice = Field.of("choix", SINGLE_CHOICE, "Choix")
        .withOptions(options.toArray(String[]::new));

    assertThat(FormChecks.problems(form(choice))).containsExactly("Champ « choix » : " + expected);
  }

  static Stream<Arguments> badRules() {
    return Stream.of(
        Arguments.of(Rules.pattern("[a-z", "Lettres minuscules."),
            "l’expression régulière « [a-z » est invalide (erreur vers le caractère 3)."),
        Arguments.of(Rules.pattern("a".repeat(501), "Que des a."),
            "l’expression régulière compte 501 caractères ; la limite est de 500 caractères."),
        Arguments.of(new Rules(null, null, null, null, "\\d+", null), "l’expression régulière doit"
            + " être accompagnée d’un message qui explique le format attendu."),
        Arguments.of(Rules.length(10, 5), "la longueur minimale dépasse la longueur maximale."),
        Arguments.of(Rules.value(BigDecimal.ONE, null),
            "les valeurs minimale et maximale ne s’appliquent qu’aux nombres."));
  }

  @ParameterizedTest
  @MethodSource("badRules")
  void reportsABadRule(Rules rules, String expected) {
    assertThat(FormChecks.problems(form(NAME.withRules(rules))))
        .containsExactly("Champ « nom » : " + expected);
  }

  @Test
  void acceptsAPatternOfFiveHundredCharacters() {
    Rules rules = Rules.pattern("a".repeat(FormLimits.MAX_PATTERN_LENGTH), "Que des a.");

    assertThat(FormChecks.problems(form(NAME.withRules(rules)))).isEmpty();
  }

  static Stream<Arguments> wronglySetFields() {
    return Stream.of(
        Arguments.of(Field.of("piece", FILE, "Pièce"),
            List.of("précisez les types de fichiers acceptés (par exemple pdf, jpg).",
                "précisez la taille maximale des fichiers.")),
        Arguments.of(Field.of("piece", FILE, "Pièce").accepting(30L * 1024 * 1024, ".PDF"),
            List.of("le type de fichier « .PDF » doit être une extension en minuscules, sans point"
                + " (par exemple pdf).", "la taille maximale dépasse la limite de 20 Mo par"
                + " fichier.")),
        Arguments.of(Field.group("piece", "Groupe", 0, 0),
            List.of("le groupe répétable ne contient aucun champ.",
                "précisez le nombre maximal de répétitions (au moins 1).")),
        Arguments.of(Field.group("piece", "Groupe", 3, 2, NAME),
            List.of("le nombre minimal de répétitions dépasse le nombre maximal.")),
        Arguments.of(Field.of("piece", DATE, "Date").withHelp("Exemple : 14/07/1990")
            .prefilledFrom(PrefillSource.EMAIL), List.of("la source de préremplissage « email »"
                + " ne convient pas à un champ de type « date ».")),
        Arguments.of(Field.of("piece", INFORMATION_TEXT, "Texte").asRequired(),
            List.of("un texte d’information ne peut pas être obligatoire.")),
        Arguments.of(Field.of("piece", SHORT_TEXT, "Texte").withOptions("A"),
            List.of("des options sont définies alors que le champ n’est pas une liste de choix.")));
  }

  @ParameterizedTest
  @MethodSource("wronglySetFields")
  void reportsSettingsThatDoNotSuitTheField(Field field, List<String> expected) {
    assertThat(FormChecks.problems(form(field)))
        .containsExactlyElementsOf(expected.stream().map(p -> "Champ « piece » : " + p).toList());
  }

  @Test
  void reportsAFieldWhoseLabelIsTooLong() {
    assertThat(FormChecks.problems(form(Field.of("nom", SHORT_TEXT, "N".repeat(301)))))
        .containsExactly("Champ « nom » : le libellé compte 301 caractères ; la limite est de 300"
            + " caractères.");
  }

  private static FormDefinition form(Field... fields) {
    return FormDefinition.of(Page.of("page", "Page", Section.of("section", "Section", fields)));
  }
}
