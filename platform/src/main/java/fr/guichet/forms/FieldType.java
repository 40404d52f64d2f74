package fr.guichet.forms;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a field asks for. In JSON a type is written in lower case ({@code "short_text"}).
 *
 * <p>The identifier types (SIRET, SIREN, NIR, IBAN, RNA) are free text checked against the shape of
 * the identifier.
 */
public enum FieldType {
  SHORT_TEXT(Kind.TEXT, false),
  LONG_TEXT(Kind.TEXT, false),
  NUMBER(Kind.NUMBER, false),
  DATE(Kind.DATE, true),
  EMAIL(Kind.TEXT, true),
  PHONE(Kind.TEXT, true),
  /** A postcode, optionally followed by the commune's name ("74000 Annecy"). */
  POSTCODE_COMMUNE(Kind.TEXT, false),
  POSTAL_ADDRESS(Kind.TEXT, false),
  YES_NO(Kind.BOOLEAN, false),
  SINGLE_CHOICE(Kind.CHOICE, false),
  MULTIPLE_CHOICE(Kind.CHOICE, false),
  DROPDOWN(Kind.CHOICE, false),
  /** One uploaded file; use a repeatable group for several. */
  FILE(Kind.FILE, false),
  REPEATABLE_GROUP(Kind.GROUP, false),
  /** Text shown to the citizen; it takes no answer. Its label holds the text. */
  INFORMATION_TEXT(Kind.NONE, false),
  /** A check box the citizen ticks to agree; when required it must be ticked. */
  CONSENT(Kind.BOOLEAN, false),
  SIRET(Kind.TEXT, true),
  SIREN(Kind.TEXT, true),
  NIR(Kind.TEXT, true),
  IBAN(Kind.TEXT, true),
  RNA(Kind.TEXT, true);

  private enum Kind { TEXT, NUMBER, DATE, BOOLEAN, CHOICE, FILE, GROUP, NONE }

  private final Kind kind;
  private final boolean needsFormatHelp;

  FieldType(Kind kind, boolean needsFormatHelp) {
    this.kind = kind;
    this.needsFormatHelp = needsFormatHelp;
  }

  /** The name used in the JSON format. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The type written {@code jsonName} in JSON, if any. */
  public static Optional<FieldType> fromJsonName(String jsonName) {
    return Arrays.stream(values()).filter(type -> type.jsonName().equals(jsonName)).findFirst();
  }

  /** Whether the citizen answers this field (everything but {@link #INFORMATION_TEXT}). */
  public boolean takesAnswer() {
    return kind != Kind.NONE;
  }

  /** Whether the answer is free text, so that length and pattern rules apply. */
  public boolean isText() {
    return kind == Kind.TEXT;
  }

  public boolean isChoice() {
    return kind == Kind.CHOICE;
  }

  public boolean isBoolean() {
    return kind == Kind.BOOLEAN;
  }

  /** Whether the answer is ordered (a number or a date), so that greater / less than apply. */
  public boolean isOrdered() {
    return kind == Kind.NUMBER || kind == Kind.DATE;
  }

  /**
   * Whether the expected format must be explained in the help text (RGAA 11.10: the format of a
   * date, a phone number or an identifier is not obvious).
   */
  public boolean needsFormatHelp() {
    return needsFormatHelp;
  }
}
