package fr.guichet.forms;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Shape-only checks of identifiers and contact details: the right number of digits or letters,
 * once spaces, dots and dashes are removed. No checksum: that is the job of {@code
 * fr.guichet.forms.checks}, to be wired through {@link IdentifierCheck}.
 */
final class ShapeCheck implements IdentifierCheck {

  private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-\\u00a0\\u202f]");
  private static final Pattern EMAIL =
      Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(?:\\.[^@\\s.]+)+");
  private static final Pattern PHONE = Pattern.compile("(?:0[1-9]\\d{8}|\\+33[1-9]\\d{8}"
      + "|\\+(?!33)[1-9]\\d{6,14}|00[1-9]\\d{6,14})");
  private static final Pattern POSTCODE_COMMUNE = Pattern.compile("\\d{5}(?:\\s+\\S.*)?");
  private static final Pattern SIRET = Pattern.compile("\\d{14}");
  private static final Pattern SIREN = Pattern.compile("\\d{9}");
  private static final Pattern NIR = Pattern.compile("[1-478]\\d{4}(?:\\d{2}|2[AB])\\d{8}");
  private static final Pattern IBAN = Pattern.compile("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}");
  private static final Pattern RNA = Pattern.compile("W(?:\\d{9}|2[AB]\\d{7})");

  @Override
  public @Nullable String problem(FieldType type, String value) {
    String compact = SEPARATORS.matcher(value).replaceAll("").toUpperCase(Locale.ROOT);
    return switch (type) {
      case EMAIL -> value.length() <= 254 && EMAIL.matcher(value).matches() ? null
          : "Saisissez une adresse électronique valide, par exemple nom@domaine.fr.";
      case PHONE -> PHONE.matcher(compact).matches() ? null
          : "Saisissez un numéro de téléphone valide, par exemple 06 12 34 56 78.";
      case POSTCODE_COMMUNE -> POSTCODE_COMMUNE.matcher(value).matches() ? null
          : "Saisissez un code postal de 5 chiffres, suivi éventuellement du nom de la commune.";
      case SIRET -> SIRET.matcher(compact).matches() ? null
          : "Le numéro SIRET comporte 14 chiffres.";
      case SIREN -> SIREN.matcher(compact).matches() ? null
          : "Le numéro SIREN comporte 9 chiffres.";
      case NIR -> NIR.matcher(compact).matches() ? null
          : "Le numéro de sécurité sociale comporte 15 caractères, clé comprise.";
      case IBAN -> IBAN.matcher(compact).matches() ? null
          : "Saisissez un IBAN valide, par exemple FR76 3000 6000 0112 3456 7890 189.";
      case RNA -> RNA.matcher(compact).matches() ? null
          : "Le numéro RNA commence par W, suivi de 9 caractères.";
      default -> null;
    };
  }
}
