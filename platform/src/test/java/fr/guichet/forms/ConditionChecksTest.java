package fr.guichet.forms;

import static fr.guichet.forms.FieldType.*;
import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.forms.Condition.Operator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The publication checks of conditions, through {@link FormChecks#problems}. */
class ConditionChecksTest {

  private static final Field FIRST = Field.of("premier", SHORT_TEXT, "Premier");

  @Test
  void refusesAConditionOnALaterField() {
    FormDefinition form = form(FIRST.when(Condition.isFilled("second")),
        Field.of("second", SHORT_TEXT, "Second"));

    assertThat(FormChecks.problems(form)).containsExactly("Champ « premier » : la condition porte"
        + " sur le champ « second », placé plus loin dans le formulaire ; une condition ne peut"
        + " porter que sur un champ placé avant.");
  }

  @Test
  void namesASelfReferenceAsACycle() {
    assertThat(FormChecks.problems(form(FIRST.when(Condition.isFilled("premier")))))
        .containsExactly("Champ « premier » : la condition porte sur le champ lui-même : cycle de"
            + " conditions.");
  }

  @Test
  void namesAMutualDependencyAsACycle() {
    FormDefinition form = form(FIRST.when(Condition.isFilled("second")),
        Field.of("second", SHORT_TEXT, "Second").when(Condition.isFilled("premier")));

    assertThat(FormChecks.problems(form)).contains("Formulaire : cycle de conditions premier →"
        + " second → premier ; une condition ne peut porter que sur un champ placé avant.");
  }

  @Test
  void namesASectionThatDependsOnItsOwnFieldAsACycle() {
    FormDefinition form = FormDefinition.of(Page.of("page", "Page",
        Section.of("section", "Section", FIRST).when(Condition.isFilled("premier"))));

    assertThat(FormChecks.problems(form)).containsExactly("Section « section » : la condition"
        + " porte sur le champ « premier », qui se trouve dans cette section : cycle de"
        + " conditions.");
  }

  @Test
  void refusesAPageThatDependsOnALaterPage() {
    FormDefinition form = FormDefinition.of(
        Page.of("p1", "Page 1", Section.of("s1", "S1", FIRST)).when(Condition.isFilled("second")),
        Page.of("p2", "Page 2", Section.of("s2", "S2", Field.of("second", SHORT_TEXT, "Second"))));

    assertThat(FormChecks.problems(form)).singleElement().asString()
        .startsWith("Page « p1 » : la condition porte sur le champ « second », placé plus loin");
  }

  @Test
  void refusesAConditionOnAMissingField() {
    assertThat(FormChecks.problems(form(FIRST.when(Condition.isFilled("fantome")))))
        .containsExactly("Champ « premier » : la condition porte sur le champ « fantome », qui"
            + " n’existe pas.");
  }

  @Test
  void refusesAConditionOnAFieldOfAnotherRepeatableGroup() {
    FormDefinition form = form(
        Field.group("enfants", "Enfant", 0, 3, Field.of("prenom", SHORT_TEXT, "Prénom")),
        FIRST.when(Condition.isFilled("prenom")));

    assertThat(FormChecks.problems(form)).singleElement().asString()
        .contains("qui fait partie d’un autre groupe répétable");
  }

  @Test
  void acceptsAConditionOnAnEarlierFieldOfTheSameGroupOrBeforeIt() {
    FormDefinition form = form(FIRST, Field.group("enfants", "Enfant", 0, 3,
        Field.of("prenom", SHORT_TEXT, "Prénom"),
        Field.of("age", NUMBER, "Âge").when(Condition.isFilled("prenom")),
        Field.of("ecole", SHORT_TEXT, "École").when(Condition.equalTo("premier", "x"))));

    assertThat(FormChecks.problems(form)).isEmpty();
  }

  static Stream<Arguments> unsuitedConditions() {
    Field text = Field.of("cible", SHORT_TEXT, "Texte");
    Field number = Field.of("cible", NUMBER, "Nombre");
    Field date = Field.of("cible", DATE, "Date").withHelp("Exemple : 14/07/1990");
    Field choice = Field.of("cible", SINGLE_CHOICE, "Choix").withOptions("Oui", "Non");
    Field several = Field.of("cible", MULTIPLE_CHOICE, "Choix").withOptions("A", "B");
    Field yesNo = Field.of("cible", YES_NO, "Oui ou non");
    Field info = Field.of("cible", INFORMATION_TEXT, "Information");
    return Stream.of(
        Arguments.of(text, Operator.GREATER_THAN, "3",
            "avec l’opérateur « greater_than », qui ne s’applique pas à un champ de type"
                + " « short_text »."),
        Arguments.of(number, Operator.CONTAINS, "3",
            "avec l’opérateur « contains », qui ne s’applique pas à un champ de type « number »."),
        Arguments.of(several, Operator.EQUALS, "A", "avec l’opérateur « equals », qui ne"
            + " s’applique pas à un champ de type « multiple_choice »."),
        Arguments.of(number, Operator.LESS_THAN, "beaucoup",
            "avec la valeur « beaucoup », qui ne convient pas : un nombre est attendu."),
        Arguments.of(date, Operator.GREATER_THAN, "14/07/1990",
            "une date au format AAAA-MM-JJ est attendue."),
        Arguments.of(choice, Operator.EQUALS, "Peut-être",
            "elle ne fait pas partie des options de ce champ."),
        Arguments.of(yesNo, Operator.EQUALS, "peut-être", "« oui » ou « non » est attendu."),
        Arguments.of(text, Operator.EQUALS, null, "mais n’indique pas la valeur à comparer."),
        Arguments.of(info, Operator.IS_FILLED, null, "un texte d’information, qui n’a pas de"
            + " réponse."));
  }

  @ParameterizedTest
  @MethodSource("unsuitedConditions")
  void refusesAnOperatorOrValueThatDoesNotSuitTheField(
      Field target, Operator operator, String value, String expected) {
    FormDefinition form = form(target, FIRST.when(new Condition("cible", operator, value)));

    assertThat(FormChecks.problems(form)).singleElement().asString()
        .startsWith("Champ « premier » : la condition porte sur le champ « cible »")
        .endsWith(expected);
  }

  static Stream<Arguments> suitedConditions() {
    return Stream.of(
        Arguments.of(Field.of("cible", NUMBER, "Nombre"), Operator.GREATER_THAN, "2,5"),
        Arguments.of(Field.of("cible", DATE, "Date").withHelp("Exemple : 14/07/1990"),
            Operator.LESS_THAN, "2008-01-01"),
        Arguments.of(Field.of("cible", MULTIPLE_CHOICE, "Jours").withOptions("Lundi", "Mardi"),
            Operator.CONTAINS, "Mardi"),
        Arguments.of(Field.of("cible", YES_NO, "Oui ou non"), Operator.EQUALS, "non"),
        Arguments.of(Field.of("cible", FILE, "Pièce").accepting(1024, "pdf"),
            Operator.IS_FILLED, null));
  }

  @ParameterizedTest
  @MethodSource("suitedConditions")
  void acceptsAnOperatorAndValueThatSuitTheField(Field target, Operator operator, String value) {
    FormDefinition form = form(target, FIRST.when(new Condition("cible", operator, value)));

    assertThat(FormChecks.problems(form)).isEmpty();
  }

  private static FormDefinition form(Field... fields) {
    return FormDefinition.of(Page.of("page", "Page", Section.of("section", "Section", fields)));
  }
}
