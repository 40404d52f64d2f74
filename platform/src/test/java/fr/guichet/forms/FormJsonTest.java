package fr.guichet.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FormJsonTest {

  static Stream<FormDefinition> sampleForms() {
    return Stream.of(SampleForms.birthCertificate(), SampleForms.canteen());
  }

  @ParameterizedTest
  @MethodSource("sampleForms")
  void readsBackExactlyWhatItWrote(FormDefinition form) {
    String json = FormJson.write(form);

    assertThat(FormJson.read(json)).isEqualTo(form);
    assertThat(FormJson.write(FormJson.read(json))).isEqualTo(json);
  }

  @Test
  void writesTypesAndOperatorsInLowerCaseAndLeavesOutDefaults() {
    String json = FormJson.write(SampleForms.birthCertificate());

    assertThat(json)
        .contains("\"type\" : \"single_choice\"", "\"operator\" : \"differs\"",
            "\"prefill\" : \"last_name\"", "\"maxFileSizeBytes\" : 5242880")
        .doesNotContain("\"required\" : false", "null", "\"options\" : [ ]");
  }

  @Test
  void theExampleOfTheDocumentationIsReadableAndPublishable() throws IOException {
    String doc = Files.readString(Path.of("../docs/forms.md"));
    Matcher example = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(doc);
    assertThat(example.find()).as("a ```json block in docs/forms.md").isTrue();

    FormDefinition form = FormJson.read(example.group(1));

    assertThat(FormChecks.problems(form)).isEmpty();
    assertThat(form.allFields()).extracting(Field::key).containsExactly("qualite", "nom",
        "courriel", "justificatif", "date_naissance", "exemplaires", "allocataire",
        "freres_soeurs", "prenom_fratrie", "meme_commune", "annee");
  }

  @Test
  void namesThePathOfAnUnknownFieldType() {
    String json = FormJson.write(SampleForms.birthCertificate())
        .replace("\"type\" : \"number\"", "\"type\" : \"texte\"");

    InvalidFormDefinition e = catchThrowableOfType(InvalidFormDefinition.class,
        () -> FormJson.read(json));

    assertThat(e.problems())
        .containsExactly("pages[1].sections[1].fields[3].type : type de champ inconnu « texte »");
  }

  static Stream<Arguments> malformedDocuments() {
    return Stream.of(
        Arguments.of("{\"formatVersion\": 1, \"pages\": [", "(document) : JSON mal formé ligne 1"),
        Arguments.of("{\"formatVersion\": 1, \"pages\": []} {}", "(document) : JSON mal formé"),
        Arguments.of("{\"formatVersion\": 1, \"formatVersion\": 1, \"pages\": []}",
            "propriété en double"),
        Arguments.of("  ", "(document) : le fichier est vide"),
        Arguments.of("[1, 2]", "(document) : un objet JSON est attendu"),
        Arguments.of("{\"pages\": []}", "formatVersion : propriété obligatoire manquante"),
        Arguments.of("{\"formatVersion\": 2, \"pages\": []}",
            "formatVersion : version 2 non prise en charge (seule la version 1 l’est)"),
        Arguments.of("{\"formatVersion\": 1, \"pages\": {}}", "pages : liste attendue"),
        Arguments.of("{\"formatVersion\": 1, \"pages\": [3]}", "pages[0] : objet attendu"),
        Arguments.of("{\"formatVersion\": 1, \"pages\": [{\"key\": \"a\", \"titre\": \"A\"}]}",
            "pages[0].titre : propriété inconnue"),
        Arguments.of("{\"formatVersion\": 1, \"pages\": [{\"title\": \"A\"}]}",
            "pages[0].key : propriété obligatoire manquante"),
        Arguments.of(page("{\"key\": \"a\", \"label\": \"A\"}"),
            "pages[0].sections[0].fields[0].type : propriété obligatoire manquante"),
        Arguments.of(page("{\"key\": \"a\", \"type\": \"yes_no\", \"label\": \"A\","
            + " \"required\": \"oui\"}"),
            "pages[0].sections[0].fields[0].required : booléen attendu (true ou false)"),
        Arguments.of(page("{\"key\": \"a\", \"type\": \"number\", \"label\": \"A\","
            + " \"rules\": {\"minValue\": \"1\"}}"),
            "pages[0].sections[0].fields[0].rules.minValue : nombre attendu"),
        Arguments.of(page("{\"key\": \"a\", \"type\": \"short_text\", \"label\": \"A\","
            + " \"condition\": {\"field\": \"b\", \"operator\": \"egal\"}}"),
            "pages[0].sections[0].fields[0].condition.operator : opérateur inconnu « egal »"),
        Arguments.of(page("{\"key\": \"g\", \"type\": \"repeatable_group\", \"label\": \"G\","
            + " \"fields\": [{\"key\": \"a\", \"type\": \"short_text\", \"label\": 4}]}"),
            "pages[0].sections[0].fields[0].fields[0].label : texte attendu"),
        Arguments.of(page("{\"key\": \"a\", \"type\": \"short_text\", \"label\": \"A\","
            + " \"prefill\": \"nom\"}"),
            "pages[0].sections[0].fields[0].prefill : source de préremplissage inconnue « nom »"));
  }

  @ParameterizedTest
  @MethodSource("malformedDocuments")
  void refusesAMalformedDocumentWithThePathOfTheProblem(String json, String expected) {
    InvalidFormDefinition e = catchThrowableOfType(InvalidFormDefinition.class,
        () -> FormJson.read(json));

    assertThat(e.problems()).anySatisfy(problem -> assertThat(problem).contains(expected));
  }

  @Test
  void reportsEveryProblemOfTheDocumentAtOnce() {
    String json = page("{\"key\": \"a\", \"type\": \"texte\", \"label\": \"A\"},"
        + " {\"key\": \"b\", \"type\": \"date\", \"required\": 1, \"couleur\": \"rouge\"}");

    InvalidFormDefinition e = catchThrowableOfType(InvalidFormDefinition.class,
        () -> FormJson.read(json));

    assertThat(e.problems()).containsExactly(
        "pages[0].sections[0].fields[0].type : type de champ inconnu « texte »",
        "pages[0].sections[0].fields[1].couleur : propriété inconnue",
        "pages[0].sections[0].fields[1].required : booléen attendu (true ou false)");
    assertThat(e.getMessage()).contains("fields[0].type", "fields[1].couleur");
  }

  @Test
  void acceptsADraftThatIsNotPublishableYet() {
    FormDefinition draft = FormJson.read(page("{\"key\": \"Nom\", \"type\": \"dropdown\"}"));

    assertThat(draft.allFields()).singleElement()
        .satisfies(field -> assertThat(field.label()).isEmpty());
    assertThat(FormChecks.problems(draft)).isNotEmpty();
  }

  @Test
  void refusesADocumentLargerThanTheLimit() {
    String huge = " ".repeat(FormLimits.MAX_JSON_CHARS) + "{}";

    InvalidFormDefinition e = catchThrowableOfType(InvalidFormDefinition.class,
        () -> FormJson.read(huge));

    assertThat(e.problems()).singleElement().asString().contains("1000000 caractères");
  }

  /** A one-page, one-section document holding the given field objects. */
  private static String page(String fields) {
    return "{\"formatVersion\": 1, \"pages\": [{\"key\": \"p\", \"title\": \"P\", \"sections\":"
        + " [{\"key\": \"s\", \"title\": \"S\", \"fields\": [" + fields + "]}]}]}";
  }
}
