package fr.guichet.forms;

import fr.guichet.forms.checks.CheckResult;
import fr.guichet.forms.checks.FrenchIdentifier;
import fr.guichet.forms.checks.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * The identifier check submissions use: real checks (Luhn for SIREN and SIRET, the NIR key, the IBAN checksum,
 * French phone numbers, RNA format) from {@link FrenchIdentifier}; the shape check for the other types.
 */
final class ChecksumCheck implements IdentifierCheck {

  @Override
  public @Nullable String problem(FieldType type, String value) {
    CheckResult result = switch (type) {
      case SIRET -> FrenchIdentifier.SIRET.check(value);
      case SIREN -> FrenchIdentifier.SIREN.check(value);
      case NIR -> FrenchIdentifier.NIR.check(value);
      case IBAN -> FrenchIdentifier.IBAN.check(value);
      case RNA -> FrenchIdentifier.RNA.check(value);
      case PHONE -> FrenchIdentifier.PHONE.check(value);
      case EMAIL -> TextRules.email(value);
      default -> null;
    };
    if (result == null) {
      return IdentifierCheck.SHAPE.problem(type, value);
    }
    return result instanceof CheckResult.Invalid invalid ? invalid.message() : null;
  }
}
