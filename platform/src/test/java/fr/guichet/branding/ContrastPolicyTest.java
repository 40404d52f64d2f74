package fr.guichet.branding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContrastPolicyTest {

  private static final BrandColour DARK_BLUE = BrandColour.of("#1f4e8c");
  private static final BrandColour DARK_RED = BrandColour.of("#a4262c");

  @Test
  void acceptsTwoDarkColours() {
    assertThatCode(() -> ContrastPolicy.check(DARK_BLUE, DARK_RED)).doesNotThrowAnyException();
  }

  @Test
  void acceptsGrey767676WhichJustReachesAa() {
    BrandColour grey = BrandColour.of("#767676");
    assertThatCode(() -> ContrastPolicy.check(grey, grey)).doesNotThrowAnyException();
  }

  @Test
  void refusesGrey777777AndShowsTheRatioTruncatedTo4Comma4() {
    InvalidBranding e =
        catchThrowableOfType(
            InvalidBranding.class,
            () -> ContrastPolicy.check(BrandColour.of("#777777"), DARK_BLUE));

    assertThat(e.problems())
        .singleElement()
        .asString()
        .startsWith("La couleur principale #777777 n’offre qu’un contraste de 4,4:1 avec le texte"
            + " blanc ; il faut au moins 4,5:1.")
        .contains("Choisissez une teinte plus foncée (par exemple #");
  }

  @Test
  void refusesALightPrimaryWithTheDocumentedMessage() {
    InvalidBranding e =
        catchThrowableOfType(
            InvalidBranding.class,
            () -> ContrastPolicy.check(BrandColour.of("#7fb3ff"), DARK_RED));

    String suggestion = ContrastPolicy.suggestion(BrandColour.of("#7fb3ff")).hex();
    assertThat(e.problems())
        .containsExactly(
            "La couleur principale #7fb3ff n’offre qu’un contraste de 2,1:1 avec le texte blanc ;"
                + " il faut au moins 4,5:1. Choisissez une teinte plus foncée (par exemple "
                + suggestion + ").");
  }

  @Test
  void listsEveryFailingColourInOneException() {
    InvalidBranding e =
        catchThrowableOfType(
            InvalidBranding.class,
            () -> ContrastPolicy.check(BrandColour.of("#ffcc00"), BrandColour.of("#99ccff")));

    assertThat(e.problems()).hasSize(2);
    assertThat(e.problems().get(0)).startsWith("La couleur principale #ffcc00");
    assertThat(e.problems().get(1)).startsWith("La couleur secondaire #99ccff");
    assertThat(e.getMessage()).contains("#ffcc00").contains("#99ccff");
  }

  @Test
  void refusesALightSecondaryAlone() {
    InvalidBranding e =
        catchThrowableOfType(
            InvalidBranding.class,
            () -> ContrastPolicy.check(DARK_BLUE, BrandColour.WHITE));

    assertThat(e.problems())
        .singleElement()
        .asString()
        .startsWith("La couleur secondaire #ffffff n’offre qu’un contraste de 1,0:1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"#777777", "#7fb3ff", "#ffcc00", "#99ccff", "#ff0000", "#00ff00",
      "#ffffff", "#e91e63", "#4caf50", "#fff5f5"})
  void suggestionPassesIsDarkerAndKeepsTheHue(String hex) {
    BrandColour original = BrandColour.of(hex);

    BrandColour suggestion = ContrastPolicy.suggestion(original);

    assertThat(BrandColour.contrastRatio(suggestion, BrandColour.WHITE)).isGreaterThanOrEqualTo(4.5);
    assertThat(suggestion.relativeLuminance()).isLessThan(original.relativeLuminance());
    if (original.red() != original.green() || original.green() != original.blue()) {
      assertThat(hue(suggestion)).isCloseTo(hue(original), within(6.0));
    }
  }

  @Test
  void suggestionIsTheLightestPassingShadeForGrey() {
    assertThat(ContrastPolicy.suggestion(BrandColour.of("#777777")))
        .isEqualTo(BrandColour.of("#767676"));
  }

  @Test
  void suggestionForAPassingColourIsTheColourItself() {
    assertThat(ContrastPolicy.suggestion(DARK_BLUE)).isEqualTo(DARK_BLUE);
  }

  @Test
  void ratioIsTruncatedNotRounded() {
    assertThat(ContrastPolicy.formatRatio(4.47)).isEqualTo("4,4:1");
    assertThat(ContrastPolicy.formatRatio(4.4999)).isEqualTo("4,4:1");
    assertThat(ContrastPolicy.formatRatio(2.15)).isEqualTo("2,1:1");
    assertThat(ContrastPolicy.formatRatio(21)).isEqualTo("21,0:1");
  }

  private static double hue(BrandColour colour) {
    float[] hsb = java.awt.Color.RGBtoHSB(colour.red(), colour.green(), colour.blue(), null);
    return hsb[0] * 360.0;
  }
}
