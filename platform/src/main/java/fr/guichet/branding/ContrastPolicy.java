package fr.guichet.branding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Contrast rule for a commune's brand colours (WCAG 2.1 AA, normal text).
 *
 * <p>The primary and the secondary colours are both used as backgrounds under white text, and the
 * primary is also used as link colour on a white page. In every case the pair is (colour, white),
 * so each colour must reach {@link #MINIMUM_RATIO} against white.
 */
public final class ContrastPolicy {

  /** WCAG 2.1 AA threshold for normal-size text. */
  public static final double MINIMUM_RATIO = 4.5;

  private static final int LIGHTNESS_STEPS = 1000;

  private ContrastPolicy() {}

  /**
   * Checks both brand colours against white.
   *
   * @throws InvalidBranding listing every failing colour, with its ratio and a darker suggestion
   */
  public static void check(BrandColour primary, BrandColour secondary) {
    List<String> problems = new ArrayList<>(2);
    if (!passes(primary)) {
      problems.add(problem("principale", primary));
    }
    if (!passes(secondary)) {
      problems.add(problem("secondaire", secondary));
    }
    if (!problems.isEmpty()) {
      throw new InvalidBranding(problems);
    }
  }

  /** Whether white text on this colour (and this colour on white) reaches the minimum ratio. */
  public static boolean passes(BrandColour colour) {
    return BrandColour.contrastRatio(colour, BrandColour.WHITE) >= MINIMUM_RATIO;
  }

  /**
   * The lightest colour with the same hue and saturation (HSL) that passes against white; the
   * colour itself if it already passes.
   */
  public static BrandColour suggestion(BrandColour colour) {
    if (passes(colour)) {
      return colour;
    }
    double[] hsl = toHsl(colour);
    for (int step = (int) Math.floor(hsl[2] * LIGHTNESS_STEPS); step >= 0; step--) {
      BrandColour candidate = fromHsl(hsl[0], hsl[1], (double) step / LIGHTNESS_STEPS);
      if (passes(candidate)) {
        return candidate;
      }
    }
    return BrandColour.BLACK; // unreachable: black on white is 21:1
  }

  /**
   * Formats a ratio the French way, truncated (never rounded up) to one decimal, so that 4.47
   * shows {@code 4,4:1} rather than a misleading {@code 4,5:1}.
   */
  static String formatRatio(double ratio) {
    BigDecimal truncated = BigDecimal.valueOf(ratio).setScale(1, RoundingMode.DOWN);
    return truncated.toPlainString().replace('.', ',') + ":1";
  }

  private static String problem(String role, BrandColour colour) {
    double ratio = BrandColour.contrastRatio(colour, BrandColour.WHITE);
    return "La couleur " + role + " " + colour.hex()
        + " n’offre qu’un contraste de " + formatRatio(ratio)
        + " avec le texte blanc ; il faut au moins " + formatRatio(MINIMUM_RATIO)
        + ". Choisissez une teinte plus foncée (par exemple " + suggestion(colour).hex() + ").";
  }

  /** Returns {hue in degrees [0, 360), saturation [0, 1], lightness [0, 1]}. */
  private static double[] toHsl(BrandColour colour) {
    double r = colour.red() / 255.0;
    double g = colour.green() / 255.0;
    double b = colour.blue() / 255.0;
    double max = Math.max(r, Math.max(g, b));
    double min = Math.min(r, Math.min(g, b));
    double lightness = (max + min) / 2;
    double delta = max - min;
    if (delta == 0) {
      return new double[] {0, 0, lightness};
    }
    double saturation = delta / (1 - Math.abs(2 * lightness - 1));
    double hue;
    if (max == r) {
      hue = 60 * (((g - b) / delta) % 6);
    } else if (max == g) {
      hue = 60 * ((b - r) / delta + 2);
    } else {
      hue = 60 * ((r - g) / delta + 4);
    }
    return new double[] {hue < 0 ? hue + 360 : hue, saturation, lightness};
  }

  private static BrandColour fromHsl(double hue, double saturation, double lightness) {
    double chroma = (1 - Math.abs(2 * lightness - 1)) * saturation;
    double x = chroma * (1 - Math.abs((hue / 60) % 2 - 1));
    double m = lightness - chroma / 2;
    double[] rgb =
        switch ((int) (hue / 60)) {
          case 0 -> new double[] {chroma, x, 0};
          case 1 -> new double[] {x, chroma, 0};
          case 2 -> new double[] {0, chroma, x};
          case 3 -> new double[] {0, x, chroma};
          case 4 -> new double[] {x, 0, chroma};
          default -> new double[] {chroma, 0, x};
        };
    return BrandColour.ofRgb(toByte(rgb[0] + m), toByte(rgb[1] + m), toByte(rgb[2] + m));
  }

  private static int toByte(double unit) {
    return (int) Math.round(Math.clamp(unit, 0.0, 1.0) * 255);
  }
}
