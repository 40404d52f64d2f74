package fr.guichet.forms;

import org.jspecify.annotations.Nullable;

/**
 * Checks the text answer of an identifier-like field (SIRET, SIREN, NIR, IBAN, RNA, phone,
 * postcode, e-mail). {@link ShapeCheck} only checks the shape (number of digits, letters); the
 * validators of {@code fr.guichet.forms.checks} (checksums, keys), written separately, are meant
 * to be plugged in here later through {@link SubmissionValidation#SubmissionValidation
 * (IdentifierCheck)}.
 */
@FunctionalInterface
interface IdentifierCheck {

  /** The default: shape only. */
  IdentifierCheck SHAPE = new ShapeCheck();

  /**
   * @param type the field's type; types this check does not know are accepted
   * @param value the stripped, non-empty answer
   * @return a French message for the citizen, or null when the value is acceptable
   */
  @Nullable String problem(FieldType type, String value);
}
