package fr.guichet.branding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BrandColourTest {

  @Test
  void normalisesUpperCaseLongFormToLowerCase() {
    assertThat(new BrandColour("#1F4E8C").hex()).isEqualTo("#1f4e8c");
  }

  @Test
  void expandsShortFormToSixDigits() {
    assertThat(BrandColour.of("#AbC").hex()).isEqualTo("#aabbcc");
  }

  @Test
  void ignoresSurroundingBlanks() {
    assertThat(BrandColour.of("  #ffffff ")).isEqualTo(BrandColour.WHITE);
  }

  @Test
  void equalColoursWrittenDifferentlyAreEqual() {
    assertThat(BrandColour.of("#FFF")).isEqualTo(BrandColour.of("#ffffff"));
  }

  @Test
  void refusesAColourNameWithAFrenchMessage() {
    assertThatThrownBy(() -> BrandColour.of("bleu"))
        .isInstanceOf(InvalidBranding.class)
        .hasMessage(
            "La couleur « bleu » n’est pas valide : saisissez un code hexadécimal comme #1f4e8c.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1f4e8c", "#1f4e8", "#1f4e8cc", "#ggg", "#12345g", "rgb(0,0,0)"})
  void refusesAnythingButHashFollowedByThreeOrSixHexDigits(String input) {
    assertThatThrownBy(() -> BrandColour.of(input))
        .isInstanceOfSatisfying(
            InvalidBranding.class,
            e -> assertThat(e.problems()).singleElement().asString().contains("n’est pas valide"));
  }

  @Test
  void refusesAnEmptyColourWithoutShowingEmptyQuotes() {
    assertThatThrownBy(() -> BrandColour.of("  "))
        .isInstanceOf(InvalidBranding.class)
        .hasMessageStartingWith("Aucune couleur n’a été saisie");
  }

  @Test
  void exposesItsChannels() {
    BrandColour colour = BrandColour.of("#1f4e8c");
    assertThat(colour.red()).isEqualTo(0x1f);
    assertThat(colour.green()).isEqualTo(0x4e);
    assertThat(colour.blue()).isEqualTo(0x8c);
  }

  @Test
  void whiteHasLuminanceOneAndBlackZero() {
    assertThat(BrandColour.WHITE.relativeLuminance()).isCloseTo(1.0, within(1e-9));
    assertThat(BrandColour.BLACK.relativeLuminance()).isCloseTo(0.0, within(1e-9));
  }

  @Test
  void luminanceUsesTheWcagLinearisation() {
    // #808080: (0.502 + 0.055) / 1.055 ^ 2.4 = 0.2159 for each channel
    assertThat(BrandColour.of("#808080").relativeLuminance()).isCloseTo(0.2159, within(1e-4));
    // Below the 0.04045 threshold the channel is divided by 12.92: 10/255/12.92 = 0.003035
    assertThat(BrandColour.of("#0a0a0a").relativeLuminance()).isCloseTo(0.003035, within(1e-6));
  }

  @Test
  void blackOnWhiteHasTheMaximumRatioOf21() {
    assertThat(BrandColour.contrastRatio(BrandColour.BLACK, BrandColour.WHITE))
        .isCloseTo(21.0, within(1e-9));
  }

  @Test
  void contrastRatioDoesNotDependOnTheOrder() {
    BrandColour blue = BrandColour.of("#1f4e8c");
    assertThat(BrandColour.contrastRatio(blue, BrandColour.WHITE))
        .isEqualTo(BrandColour.contrastRatio(BrandColour.WHITE, blue));
  }

  @Test
  void aColourAgainstItselfHasRatioOne() {
    BrandColour blue = BrandColour.of("#1f4e8c");
    assertThat(BrandColour.contrastRatio(blue, blue)).isEqualTo(1.0);
  }

  @Test
  void grey767676OnWhiteIsAbout4Point54() {
    assertThat(BrandColour.contrastRatio(BrandColour.of("#767676"), BrandColour.WHITE))
        .isCloseTo(4.54, within(0.01));
  }
}
