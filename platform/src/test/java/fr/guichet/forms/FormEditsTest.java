package fr.guichet.forms;

import static fr.guichet.forms.FieldType.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FormEditsTest {

  private static List<String> fieldKeys(FormDefinition form) {
    return form.allFields().stream().map(Field::key).toList();
  }

  @Test
  void addsPagesSectionsAndFieldsWhereAsked() {
    FormDefinition form = FormEdits.addPage(FormDefinition.of(), Page.of("p1", "Votre demande"));
    form = FormEdits.addSection(form, "p1", Section.of("s1", "Identité"));
    form = FormEdits.addField(form, "s1", Field.of("nom", SHORT_TEXT, "Nom"));
    form = FormEdits.addField(form, "s1", Field.of("courriel", EMAIL, "Courriel"));

    assertThat(form.pages()).extracting(Page::key).containsExactly("p1");
    assertThat(form.pages().getFirst().sections()).extracting(Section::key).containsExactly("s1");
    assertThat(fieldKeys(form)).containsExactly("nom", "courriel");
  }

  @Test
  void addsAFieldInsideARepeatableGroup() {
    FormDefinition form = FormEdits.addField(SampleForms.canteen(), "enfants",
        Field.of("regime", SHORT_TEXT, "Régime alimentaire"));

    Field group = form.field("enfants").orElseThrow();
    assertThat(group.children()).extracting(Field::key).endsWith("detail_allergies", "regime");
    assertThat(FormChecks.problems(form)).isEmpty();
  }

  @Test
  void replacesAFieldWithoutTouchingItsNeighbours() {
    FormDefinition form = FormEdits.replaceField(SampleForms.canteen(), "nom",
        Field.of("nom", SHORT_TEXT, "Nom de famille").asRequired());

    assertThat(form.field("nom").orElseThrow().label()).isEqualTo("Nom de famille");
    assertThat(fieldKeys(form)).isEqualTo(fieldKeys(SampleForms.canteen()));
  }

  @Test
  void movesAmongSiblingsAndStopsAtTheEnds() {
    FormDefinition form = SampleForms.birthCertificate();

    FormDefinition down = FormEdits.move(form, "nom", 1);
    assertThat(fieldKeys(down)).startsWith("qualite", "prenom", "nom", "courriel");

    FormDefinition top = FormEdits.move(form, "nom", -5);
    assertThat(fieldKeys(top)).startsWith("nom", "qualite", "prenom");

    FormDefinition lastPage = FormEdits.move(form, "demandeur", 10);
    assertThat(lastPage.pages()).extracting(Page::key).containsExactly("acte", "envoi", "demandeur");
  }

  @Test
  void movesAFieldInsideItsGroupOnly() {
    FormDefinition form = FormEdits.move(SampleForms.canteen(), "classe", -1);

    assertThat(form.field("enfants").orElseThrow().children()).extracting(Field::key)
        .startsWith("classe", "prenom_enfant");
    assertThat(form.pages().getFirst().sections().get(1).fields()).extracting(Field::key)
        .containsExactly("enfants");
  }

  @Test
  void removesAnElementWithEverythingInside() {
    FormDefinition withoutSection = FormEdits.remove(SampleForms.canteen(), "enfants_section");
    assertThat(fieldKeys(withoutSection)).containsExactly("nom", "quotient");

    FormDefinition withoutChild = FormEdits.remove(SampleForms.canteen(), "jours");
    assertThat(fieldKeys(withoutChild)).doesNotContain("jours").contains("classe", "allergies");
  }

  @Test
  void anUnknownKeyChangesNothing() {
    FormDefinition form = SampleForms.birthCertificate();

    assertThat(FormEdits.move(form, "absent", 1)).isEqualTo(form);
    assertThat(FormEdits.remove(form, "absent")).isEqualTo(form);
    assertThat(FormEdits.addField(form, "absent", Field.of("x", SHORT_TEXT, "X"))).isEqualTo(form);
  }

  @Test
  void aConditionMayOnlyTestTheFieldsBeforeTheElement() {
    FormDefinition form = SampleForms.birthCertificate();

    assertThat(FormEdits.fieldsBefore(form, "demandeur")).isEmpty();
    assertThat(FormEdits.fieldsBefore(form, "prenom")).extracting(Field::key).containsExactly("qualite", "nom");
    assertThat(FormEdits.fieldsBefore(form, "personne")).extracting(Field::key)
        .containsExactly("qualite", "nom", "prenom", "courriel", "telephone", "justificatif");
    assertThat(FormEdits.fieldsBefore(SampleForms.canteen(), "classe")).extracting(Field::key)
        .containsExactly("nom", "quotient", "enfants", "prenom_enfant");
  }

  @Test
  void renamingAFieldRetargetsTheConditionsThatTestIt() {
    FormDefinition form = FormEdits.rename(SampleForms.birthCertificate(), "qualite", "lien");

    assertThat(form.field("qualite")).isEmpty();
    assertThat(form.field("lien")).isPresent();
    assertThat(form.field("justificatif").orElseThrow().condition().fieldKey()).isEqualTo("lien");
    assertThat(form.pages().get(1).sections().getFirst().condition().fieldKey()).isEqualTo("lien");
    assertThat(FormChecks.problems(form)).isEmpty();
  }

  @Test
  void freeKeysAvoidEveryKindOfKey() {
    FormDefinition form = FormDefinition.of(
        Page.of("champ_1", "Page", Section.of("champ_2", "Section", Field.of("champ_3", SHORT_TEXT, "A"))));

    assertThat(FormEdits.freeKey(form, "champ")).isEqualTo("champ_4");
    assertThat(FormEdits.keys(form)).containsExactlyInAnyOrder("champ_1", "champ_2", "champ_3");
  }
}
