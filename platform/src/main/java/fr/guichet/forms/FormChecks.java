package fr.guichet.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The checks a form must pass before it is published. All problems are reported at once, as French
 * sentences for the agent who builds the form, each starting with the page, section or field
 * concerned (« Champ « date_naissance » : … »). An empty list means the form can be published.
 *
 * <p>Checked: every title and label is present; keys are unique across the form and match {@link
 * #KEY}; conditions only look at earlier fields that exist, with a suitable operator and value (a
 * self-reference or a cycle is named as such); choice lists are neither empty nor duplicated;
 * patterns compile; the sizes of {@link FormLimits} are kept; and the accessibility lint: no
 * instruction relying on colour or position, a format hint for dates, phones and identifiers.
 */
public final class FormChecks {

  /** What a key of a page, section or field must look like. */
  public static final Pattern KEY =
      Pattern.compile("[a-z][a-z0-9_]{0," + (FormLimits.MAX_KEY_LENGTH - 1) + "}");

  private FormChecks() {}

  /** Every problem that prevents publishing the form; empty when it can be published. */
  public static List<String> problems(FormDefinition form) {
    List<String> problems = new ArrayList<>();
    if (form.formatVersion() != FormDefinition.FORMAT_VERSION) {
      problems.add("Formulaire : la version de format " + form.formatVersion() + " n’est pas prise"
          + " en charge (seule la version " + FormDefinition.FORMAT_VERSION + " l’est).");
    }
    structure(form, problems);
    FormIndex index = new FormIndex(form);
    if (index.slots().size() > FormLimits.MAX_FIELDS) {
      problems.add("Formulaire : il compte " + index.slots().size() + " champs ; la limite est de "
          + FormLimits.MAX_FIELDS + " champs par formulaire (champs des groupes compris).");
    }
    keys(form, index, problems);
    for (FormIndex.Slot slot : index.slots()) {
      FieldChecks.check(slot, problems);
      AccessibilityLint.checkField(slot, problems);
    }
    ConditionChecks.check(index, problems);
    return List.copyOf(problems);
  }

  /** Throws when the form cannot be published. */
  public static void requirePublishable(FormDefinition form) {
    List<String> problems = problems(form);
    if (!problems.isEmpty()) {
      throw new InvalidFormDefinition(problems);
    }
  }

  private static void structure(FormDefinition form, List<String> problems) {
    if (form.pages().isEmpty()) {
      problems.add("Formulaire : il ne contient aucune page.");
    }
    if (form.pages().size() > FormLimits.MAX_PAGES) {
      problems.add("Formulaire : il compte " + form.pages().size() + " pages ; la limite est de "
          + FormLimits.MAX_PAGES + " pages par formulaire.");
    }
    for (int p = 0; p < form.pages().size(); p++) {
      Page page = form.pages().get(p);
      String subject = "Page " + FormIndex.name(page.key(), "pages[" + p + "]");
      title(subject, page.title(), problems);
      if (page.sections().isEmpty()) {
        problems.add(subject + " : elle ne contient aucune section.");
      }
      if (page.sections().size() > FormLimits.MAX_SECTIONS_PER_PAGE) {
        problems.add(subject + " : elle compte " + page.sections().size() + " sections ; la limite"
            + " est de " + FormLimits.MAX_SECTIONS_PER_PAGE + " sections par page.");
      }
      for (int s = 0; s < page.sections().size(); s++) {
        Section section = page.sections().get(s);
        String sectionSubject = "Section "
            + FormIndex.name(section.key(), "pages[" + p + "].sections[" + s + "]");
        title(sectionSubject, section.title(), problems);
        if (section.fields().isEmpty()) {
          problems.add(sectionSubject + " : elle ne contient aucun champ.");
        }
        if (section.fields().size() > FormLimits.MAX_FIELDS_PER_SECTION) {
          problems.add(sectionSubject + " : elle compte " + section.fields().size() + " champs ;"
              + " la limite est de " + FormLimits.MAX_FIELDS_PER_SECTION + " champs par section.");
        }
      }
    }
  }

  private static void title(String subject, String title, List<String> problems) {
    if (title.isBlank()) {
      problems.add(subject + " : le titre est vide.");
    } else if (title.length() > FormLimits.MAX_LABEL_LENGTH) {
      problems.add(subject + " : le titre compte " + title.length() + " caractères ; la limite est"
          + " de " + FormLimits.MAX_LABEL_LENGTH + " caractères.");
    }
    AccessibilityLint.checkTitle(subject, title, problems);
  }

  /** Keys of pages, sections and fields share one namespace. */
  private static void keys(FormDefinition form, FormIndex index, List<String> problems) {
    Map<String, List<String>> places = new LinkedHashMap<>();
    for (int p = 0; p < form.pages().size(); p++) {
      Page page = form.pages().get(p);
      places.computeIfAbsent(page.key(), k -> new ArrayList<>()).add("pages[" + p + "]");
      for (int s = 0; s < page.sections().size(); s++) {
        places.computeIfAbsent(page.sections().get(s).key(), k -> new ArrayList<>())
            .add("pages[" + p + "].sections[" + s + "]");
      }
    }
    for (FormIndex.Slot slot : index.slots()) {
      places.computeIfAbsent(slot.field().key(), k -> new ArrayList<>()).add(slot.path());
    }
    places.forEach((key, paths) -> {
      if (!KEY.matcher(key).matches()) {
        problems.add((key.isBlank() ? "Clé vide" : "Clé « " + key + " »") + " (" + paths.getFirst()
            + ") : une clé commence par une lettre minuscule, suivie d’au plus "
            + (FormLimits.MAX_KEY_LENGTH - 1) + " lettres minuscules, chiffres ou « _ ».");
      }
      if (paths.size() > 1 && !key.isBlank()) {
        problems.add("Clé « " + key + " » : elle est utilisée " + paths.size() + " fois ("
            + String.join(", ", paths) + ") ; chaque clé doit être unique dans le formulaire.");
      }
    });
  }
}
