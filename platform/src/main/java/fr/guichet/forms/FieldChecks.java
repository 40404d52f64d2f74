package fr.guichet.forms;

import fr.guichet.forms.checks.TextRules;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Publication checks of one field on its own: label, choices, rules, file settings, group. */
final class FieldChecks {

  private static final Pattern FILE_EXTENSION = Pattern.compile("[a-z0-9]{1,10}");

  private FieldChecks() {}

  static void check(FormIndex.Slot slot, List<String> problems) {
    Field field = slot.field();
    String subject = slot.subject() + " : ";
    texts(field, subject, problems);
    choices(field, subject, problems);
    rules(field, subject, problems);
    file(field, subject, problems);
    group(slot, subject, problems);
    if (field.prefill() != null && !field.prefill().fits(field.type())) {
      problems.add(subject + "la source de préremplissage « " + field.prefill().jsonName()
          + " » ne convient pas à un champ de type « " + field.type().jsonName() + " ».");
    }
  }

  private static void texts(Field field, String subject, List<String> problems) {
    boolean information = !field.takesAnswer();
    if (field.label().isBlank()) {
      problems.add(subject + (information ? "le texte d’information est vide."
          : "le libellé est vide ; chaque champ doit avoir un libellé."));
    }
    int maxLabel = information ? FormLimits.MAX_HELP_LENGTH : FormLimits.MAX_LABEL_LENGTH;
    if (field.label().length() > maxLabel) {
      problems.add(subject + "le libellé compte " + field.label().length() + " caractères ; la"
          + " limite est de " + maxLabel + " caractères.");
    }
    if (field.help() != null && field.help().length() > FormLimits.MAX_HELP_LENGTH) {
      problems.add(subject + "l’aide compte " + field.help().length() + " caractères ; la limite"
          + " est de " + FormLimits.MAX_HELP_LENGTH + " caractères.");
    }
    if (information && field.required()) {
      problems.add(subject + "un texte d’information ne peut pas être obligatoire.");
    }
  }

  private static void choices(Field field, String subject, List<String> problems) {
    if (!field.type().isChoice()) {
      if (!field.options().isEmpty()) {
        problems.add(subject + "des options sont définies alors que le champ n’est pas une liste"
            + " de choix.");
      }
      return;
    }
    if (field.options().isEmpty()) {
      problems.add(subject + "la liste de choix est vide ; ajoutez au moins une option.");
    }
    if (field.options().size() > FormLimits.MAX_OPTIONS) {
      problems.add(subject + "la liste compte " + field.options().size() + " options ; la limite"
          + " est de " + FormLimits.MAX_OPTIONS + " options par liste.");
    }
    Set<String> seen = new HashSet<>();
    Set<String> reported = new HashSet<>();
    for (String option : field.options()) {
      String normalised = option.strip().toLowerCase(Locale.FRENCH);
      if (option.isBlank()) {
        problems.add(subject + "une option est vide.");
      } else if (option.length() > FormLimits.MAX_OPTION_LENGTH) {
        problems.add(subject + "l’option « " + option.substring(0, 30) + "… » dépasse la limite de "
            + FormLimits.MAX_OPTION_LENGTH + " caractères par option.");
      } else if (!seen.add(normalised) && reported.add(normalised)) {
        problems.add(subject + "l’option « " + option.strip() + " » apparaît plusieurs fois.");
      }
    }
  }

  private static void rules(Field field, String subject, List<String> problems) {
    Rules rules = field.rules();
    if (rules.hasLengthOrPattern() && !field.type().isText()) {
      problems.add(subject + "les règles de longueur et de format ne s’appliquent qu’aux champs"
          + " de texte.");
    }
    if (rules.hasValueLimits() && field.type() != FieldType.NUMBER) {
      problems.add(subject + "les valeurs minimale et maximale ne s’appliquent qu’aux nombres.");
    }
    if ((rules.minLength() != null && rules.minLength() < 0)
        || (rules.maxLength() != null && rules.maxLength() < 1)) {
      problems.add(subject + "les longueurs minimale et maximale doivent être positives.");
    } else if (rules.minLength() != null && rules.maxLength() != null
        && rules.minLength() > rules.maxLength()) {
      problems.add(subject + "la longueur minimale dépasse la longueur maximale.");
    }
    if (rules.minValue() != null && rules.maxValue() != null
        && rules.minValue().compareTo(rules.maxValue()) > 0) {
      problems.add(subject + "la valeur minimale dépasse la valeur maximale.");
    }
    String pattern = rules.pattern();
    if (pattern == null) {
      return;
    }
    if (pattern.length() > FormLimits.MAX_PATTERN_LENGTH) {
      problems.add(subject + "l’expression régulière compte " + pattern.length() + " caractères ;"
          + " la limite est de " + FormLimits.MAX_PATTERN_LENGTH + " caractères.");
    } else {
      try {
        Pattern.compile(pattern);
        // Compiles, but may backtrack catastrophically on some answers (ReDoS): refused before publication.
        TextRules.compilePattern(pattern).ifPresent(danger -> problems.add(subject + danger));
      } catch (PatternSyntaxException e) {
        problems.add(subject + "l’expression régulière « " + pattern + " » est invalide (erreur"
            + " vers le caractère " + Math.max(e.getIndex(), 0) + ").");
      }
    }
    if (rules.patternMessage() == null || rules.patternMessage().isBlank()) {
      problems.add(subject + "l’expression régulière doit être accompagnée d’un message qui"
          + " explique le format attendu.");
    }
  }

  private static void file(Field field, String subject, List<String> problems) {
    if (field.type() != FieldType.FILE) {
      if (!field.acceptedFileTypes().isEmpty() || field.maxFileSizeBytes() != 0) {
        problems.add(subject + "les types et la taille de fichier ne s’appliquent qu’aux champs"
            + " de type « file ».");
      }
      return;
    }
    if (field.acceptedFileTypes().isEmpty()) {
      problems.add(subject + "précisez les types de fichiers acceptés (par exemple pdf, jpg).");
    }
    for (String extension : field.acceptedFileTypes()) {
      if (!FILE_EXTENSION.matcher(extension).matches()) {
        problems.add(subject + "le type de fichier « " + extension + " » doit être une extension"
            + " en minuscules, sans point (par exemple pdf).");
      }
    }
    if (field.maxFileSizeBytes() <= 0) {
      problems.add(subject + "précisez la taille maximale des fichiers.");
    } else if (field.maxFileSizeBytes() > FormLimits.MAX_FILE_BYTES) {
      problems.add(subject + "la taille maximale dépasse la limite de "
          + FormLimits.MAX_FILE_BYTES / (1024 * 1024) + " Mo par fichier.");
    }
  }

  private static void group(FormIndex.Slot slot, String subject, List<String> problems) {
    Field field = slot.field();
    if (field.type() != FieldType.REPEATABLE_GROUP) {
      if (!field.children().isEmpty() || field.minRepetitions() != 0
          || field.maxRepetitions() != 0) {
        problems.add(subject + "des champs enfants et des répétitions ne s’appliquent qu’aux"
            + " groupes répétables.");
      }
      return;
    }
    if (field.children().isEmpty()) {
      problems.add(subject + "le groupe répétable ne contient aucun champ.");
    }
    if (field.children().size() > FormLimits.MAX_FIELDS_PER_SECTION) {
      problems.add(subject + "le groupe compte " + field.children().size() + " champs ; la limite"
          + " est de " + FormLimits.MAX_FIELDS_PER_SECTION + " champs par groupe.");
    }
    if (slot.depth() + 1 > FormLimits.MAX_GROUP_DEPTH) {
      problems.add(subject + "les groupes répétables sont imbriqués sur " + (slot.depth() + 1)
          + " niveaux ; la limite est de " + FormLimits.MAX_GROUP_DEPTH + " niveaux.");
    }
    if (field.minRepetitions() < 0) {
      problems.add(subject + "le nombre minimal de répétitions ne peut pas être négatif.");
    }
    if (field.maxRepetitions() < 1) {
      problems.add(subject + "précisez le nombre maximal de répétitions (au moins 1).");
    } else if (field.maxRepetitions() > FormLimits.MAX_REPETITIONS) {
      problems.add(subject + "le groupe autorise " + field.maxRepetitions() + " répétitions ; la"
          + " limite est de " + FormLimits.MAX_REPETITIONS + " répétitions.");
    } else if (field.minRepetitions() > field.maxRepetitions()) {
      problems.add(subject + "le nombre minimal de répétitions dépasse le nombre maximal.");
    }
  }
}
