package fr.guichet.branding;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A brand colour, always normalised to lower-case {@code #rrggbb}. Accepts {@code #rgb} and
 * {@code #rrggbb} in any case (surrounding blanks are ignored).
 *
 * @param hex the normalised form, for example {@code #1f4e8c}
 */
public record BrandColour(String hex) {

  private static final Pattern SHORT = Pattern.compile("#[0-9a-f]{3}");
  private static final Pattern LONG = Pattern.compile("#[0-9a-f]{6}");
  private static final int MAX_SHOWN = 30;

  /** White, used for text on brand backgrounds and as page background under links. */
  public static final BrandColour WHITE = new BrandColour("#ffffff");

  /** Black. */
  public static final BrandColour BLACK = new BrandColour("#000000");

  /**
   * @throws InvalidBranding if {@code hex} is not a {@code #rgb} or {@code #rrggbb} code
   */
  public BrandColour {
    hex = normalise(hex);
  }

  /** Same as the constructor, reads better at call sites. */
  public static BrandColour of(String hex) {
    return new BrandColour(hex);
  }

  static BrandColour ofRgb(int red, int green, int blue) {
    return new BrandColour(String.format("#%02x%02x%02x", red, green, blue));
  }

  public int red() {
    return channel(1);
  }

  public int green() {
    return channel(3);
  }

  public int blue() {
    return channel(5);
  }

  /** WCAG 2.1 relative luminance, from 0 (black) to 1 (white). */
  public double relativeLuminance() {
    return 0.2126 * linear(red()) + 0.7152 * linear(green()) + 0.0722 * linear(blue());
  }

  /** WCAG 2.1 contrast ratio between two colours, from 1 to 21; the order does not matter. */
  public static double contrastRatio(BrandColour a, BrandColour b) {
    double la = a.relativeLuminance();
    double lb = b.relativeLuminance();
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  @Override
  public String toString() {
    return hex;
  }

  private int channel(int start) {
    return Integer.parseInt(hex, start, start + 2, 16);
  }

  private static double linear(int channel) {
    double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  private static String normalise(String input) {
    // Defensive null check: the value may come straight from a form despite @NullMarked.
    String raw = input == null ? "" : input.strip();
    String candidate = raw.toLowerCase(Locale.ROOT);
    if (LONG.matcher(candidate).matches()) {
      return candidate;
    }
    if (SHORT.matcher(candidate).matches()) {
      char r = candidate.charAt(1);
      char g = candidate.charAt(2);
      char b = candidate.charAt(3);
      return "#" + r + r + g + g + b + b;
    }
    if (raw.isEmpty()) {
      throw new InvalidBranding(
          "Aucune couleur n’a été saisie : saisissez un code hexadécimal comme #1f4e8c.");
    }
    String shown = raw.length() > MAX_SHOWN ? raw.substring(0, MAX_SHOWN) + "…" : raw;
    throw new InvalidBranding(
        "La couleur « " + shown
            + " » n’est pas valide : saisissez un code hexadécimal comme #1f4e8c.");
  }
}
