package fr.guichet.forms;

import static fr.guichet.forms.FieldType.SHORT_TEXT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each limit of {@link FormLimits} is named in the problem when it is exceeded, and not before. */
class FormLimitsTest {

  static Stream<Arguments> limits() {
    return Stream.of(
        Arguments.of("pages", pages(FormLimits.MAX_PAGES), pages(FormLimits.MAX_PAGES + 1),
            "Formulaire : il compte 21 pages ; la limite est de 20 pages par formulaire."),
        Arguments.of("sections", sections(FormLimits.MAX_SECTIONS_PER_PAGE),
            sections(FormLimits.MAX_SECTIONS_PER_PAGE + 1),
            "Page « p0 » : elle compte 16 sections ; la limite est de 15 sections par page."),
        Arguments.of("fields per section", fields(FormLimits.MAX_FIELDS_PER_SECTION),
            fields(FormLimits.MAX_FIELDS_PER_SECTION + 1),
            "Section « s0_0 » : elle compte 51 champs ; la limite est de 50 champs par section."),
        Arguments.of("fields", spread(FormLimits.MAX_FIELDS), spread(FormLimits.MAX_FIELDS + 1),
            "Formulaire : il compte 201 champs ; la limite est de 200 champs par formulaire"
                + " (champs des groupes compris)."),
        Arguments.of("group depth", nested(FormLimits.MAX_GROUP_DEPTH),
            nested(FormLimits.MAX_GROUP_DEPTH + 1), "Champ « g3 » : les groupes répétables sont"
                + " imbriqués sur 3 niveaux ; la limite est de 2 niveaux."),
        Arguments.of("repetitions", repeated(FormLimits.MAX_REPETITIONS),
            repeated(FormLimits.MAX_REPETITIONS + 1), "Champ « g » : le groupe autorise 51"
                + " répétitions ; la limite est de 50 répétitions."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("limits")
  void namesTheLimitThatIsExceeded(
      String limit, FormDefinition atLimit, FormDefinition overLimit, String expected) {
    assertThat(FormChecks.problems(atLimit)).isEmpty();
    assertThat(FormChecks.problems(overLimit)).contains(expected);
  }

  private static Field field(String key) {
    return Field.of(key, SHORT_TEXT, "Question " + key);
  }

  private static FormDefinition pages(int count) {
    return FormDefinition.of(IntStream.range(0, count)
        .mapToObj(p -> Page.of("p" + p, "Page " + p, Section.of("s" + p, "Section", field("f" + p))))
        .toList());
  }

  private static FormDefinition sections(int count) {
    return FormDefinition.of(Page.of("p0", "Page", IntStream.range(0, count)
        .mapToObj(s -> Section.of("s" + s, "Section " + s, field("f" + s)))
        .toArray(Section[]::new)));
  }

  private static FormDefinition fields(int count) {
    return FormDefinition.of(Page.of("p0", "Page", Section.of("s0_0", "Section",
        IntStream.range(0, count).mapToObj(f -> field("f" + f)).toArray(Field[]::new))));
  }

  /** {@code count} fields, 40 per section, 5 sections per page. */
  private static FormDefinition spread(int count) {
    List<Page> pages = new ArrayList<>();
    List<Section> sections = new ArrayList<>();
    List<Field> fields = new ArrayList<>();
    for (int f = 0; f < count; f++) {
      fields.add(field("f" + f));
      if (fields.size() == 40 || f == count - 1) {
        sections.add(new Section("s" + f, "Section", null, fields));
        fields = new ArrayList<>();
      }
      if (sections.size() == 5 || (f == count - 1 && !sections.isEmpty())) {
        pages.add(new Page("p" + f, "Page", null, sections));
        sections = new ArrayList<>();
      }
    }
    return FormDefinition.of(pages);
  }

  /** Groups nested {@code depth} levels deep: g1 holds g2 which holds… */
  private static FormDefinition nested(int depth) {
    Field inner = field("f");
    for (int level = depth; level >= 1; level--) {
      inner = Field.group("g" + level, "Groupe " + level, 0, 3, inner);
    }
    return FormDefinition.of(Page.of("p", "Page", Section.of("s", "Section", inner)));
  }

  private static FormDefinition repeated(int max) {
    return FormDefinition.of(Page.of("p", "Page",
        Section.of("s", "Section", Field.group("g", "Groupe", 0, max, field("f")))));
  }
}
