package fr.guichet.forms;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where the portal takes a suggested answer from (the signed-in citizen's profile or
 * FranceConnect identity). The citizen can still change it; the server validates it like any
 * other answer. In JSON a source is written in lower case.
 *
 * <p>The {@code API_PARTICULIER_*} sources fit a file field, the document asked for instead: a
 * citizen whose identity FranceConnect certifies may, with consent, have the datum fetched from
 * API Particulier rather than upload the document (decision 024).
 */
public enum PrefillSource {
  FIRST_NAME(FieldType.SHORT_TEXT),
  LAST_NAME(FieldType.SHORT_TEXT),
  BIRTH_NAME(FieldType.SHORT_TEXT),
  BIRTH_DATE(FieldType.DATE),
  BIRTH_PLACE(FieldType.SHORT_TEXT, FieldType.POSTCODE_COMMUNE),
  ADDRESS(FieldType.POSTAL_ADDRESS, FieldType.LONG_TEXT),
  POSTCODE_COMMUNE(FieldType.POSTCODE_COMMUNE),
  EMAIL(FieldType.EMAIL),
  PHONE(FieldType.PHONE),
  /** The quotient familial from the CAF or the MSA, through API Particulier. */
  API_PARTICULIER_QUOTIENT_FAMILIAL(FieldType.FILE),
  /** The student status from the higher-education ministry, through API Particulier. */
  API_PARTICULIER_STUDENT_STATUS(FieldType.FILE);

  private final Set<FieldType> fieldTypes;

  PrefillSource(FieldType... fieldTypes) {
    this.fieldTypes = Set.of(fieldTypes);
  }

  /** Whether a field of this type can receive this source's value. */
  public boolean fits(FieldType type) {
    return fieldTypes.contains(type);
  }

  /** Whether the value comes from API Particulier (with consent) rather than the citizen's profile. */
  public boolean fromApiParticulier() {
    return this == API_PARTICULIER_QUOTIENT_FAMILIAL || this == API_PARTICULIER_STUDENT_STATUS;
  }

  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<PrefillSource> fromJsonName(String jsonName) {
    return Arrays.stream(values()).filter(s -> s.jsonName().equals(jsonName)).findFirst();
  }
}
