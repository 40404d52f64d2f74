package fr.guichet.forms;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Accessibility lint of the texts of a form (RGAA 3.1 and 11.10): an instruction must not rely on
 * colour or position alone, which screen-reader users cannot see, and a field with a non-obvious
 * format must explain that format in its help text.
 */
final class AccessibilityLint {

  /** Phrases that point at something by its colour or place on screen, or a vague link text. */
  private static final Pattern COLOUR_OR_POSITION = Pattern.compile(
      "(?<!\\p{L})(?:en (?:rouge|vert|verte|bleu|bleue|orange|jaune|gris|grise|violet)"
          + "|ci[- ]dessous|ci[- ]dessus|ci[- ]contre|à (?:droite|gauche)"
          + "|(?:en|au) (?:haut|bas) de (?:la|cette) page|cliquez ici|cliquer ici)(?!\\p{L})");

  private static final Map<FieldType, String> FORMAT_EXAMPLES = Map.of(
      FieldType.DATE, "« Exemple : 14/07/1990 »",
      FieldType.PHONE, "« Exemple : 06 12 34 56 78 »",
      FieldType.EMAIL, "« Exemple : nom@domaine.fr »",
      FieldType.IBAN, "« Exemple : FR76 3000 6000 0112 3456 7890 189 »",
      FieldType.SIRET, "« 14 chiffres, par exemple 123 456 789 00012 »",
      FieldType.SIREN, "« 9 chiffres, par exemple 123 456 789 »",
      FieldType.NIR, "« 15 chiffres, inscrits sur votre carte Vitale »",
      FieldType.RNA, "« W suivi de 9 chiffres, par exemple W751234567 »");

  private AccessibilityLint() {}

  /** Lints the text of a page or section title. */
  static void checkTitle(String subject, String title, List<String> problems) {
    checkText(subject, "le titre", title, problems);
  }

  static void checkField(FormIndex.Slot slot, List<String> problems) {
    Field field = slot.field();
    checkText(slot.subject(), field.takesAnswer() ? "le libellé" : "le texte", field.label(),
        problems);
    checkText(slot.subject(), "l’aide", field.help(), problems);
    if (field.type().needsFormatHelp() && (field.help() == null || field.help().isBlank())) {
      problems.add(slot.subject() + " : un champ de type « " + field.type().jsonName() + " » doit"
          + " indiquer le format attendu dans son aide, par exemple "
          + FORMAT_EXAMPLES.get(field.type()) + ".");
    }
  }

  private static void checkText(String subject, String what, @Nullable String text,
      List<String> problems) {
    if (text == null) {
      return;
    }
    String normalised = text.toLowerCase(Locale.FRENCH).replace('\u00a0', ' ')
        .replace('\u202f', ' ').replaceAll("\\s+", " ");
    Matcher matcher = COLOUR_OR_POSITION.matcher(normalised);
    if (!matcher.find()) {
      return;
    }
    if (matcher.group().startsWith("cliqu")) {
      problems.add(subject + " : " + what + " contient « " + matcher.group() + " », qui ne dit pas"
          + " à quoi mène l’action. Nommez la destination ou l’action.");
    } else {
      problems.add(subject + " : " + what + " s’appuie sur la couleur ou la position (« "
          + matcher.group() + " ») ; les personnes qui utilisent un lecteur d’écran ne la"
          + " perçoivent pas. Désignez l’élément par son nom.");
    }
  }
}
