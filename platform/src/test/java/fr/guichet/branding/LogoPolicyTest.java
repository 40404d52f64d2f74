package fr.guichet.branding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LogoPolicyTest {

  @Test
  void acceptsASmallPngAndKeepsItsBytes() {
    byte[] png = png(64, 32, "png");

    Logo logo = LogoPolicy.check("logo.png", png);

    assertThat(logo.mediaType()).isEqualTo("image/png");
    assertThat(logo.content()).isEqualTo(png);
  }

  @Test
  void detectsPngFromContentWhateverTheFileName() {
    Logo logo = LogoPolicy.check("logo.svg", png(10, 10, "png"));

    assertThat(logo.mediaType()).isEqualTo(Logo.PNG);
  }

  @Test
  void acceptsAPngOfExactly2000By2000Pixels() {
    assertThat(LogoPolicy.check("logo.png", png(2000, 2000, "png")).mediaType())
        .isEqualTo(Logo.PNG);
  }

  @Test
  void refusesAPngWiderThan2000Pixels() {
    assertThatThrownBy(() -> LogoPolicy.check("logo.png", png(2001, 10, "png")))
        .isInstanceOf(InvalidBranding.class)
        .hasMessage("Le logo mesure 2001 × 10 pixels ; la taille maximale est de 2000 × 2000 pixels.");
  }

  @Test
  void refusesAFileHeavierThan256KilobytesWithItsSize() {
    byte[] heavy = Arrays.copyOf(png(10, 10, "png"), 312 * 1024);

    assertThatThrownBy(() -> LogoPolicy.check("logo.png", heavy))
        .isInstanceOf(InvalidBranding.class)
        .hasMessage("Le logo pèse 312 Ko ; la taille maximale est de 256 Ko.");
  }

  @Test
  void roundsTheSizeUpSoAFileJustOverTheLimitDoesNotShow256() {
    byte[] heavy = new byte[LogoPolicy.MAX_BYTES + 1];

    assertThatThrownBy(() -> LogoPolicy.check("logo.png", heavy))
        .hasMessage("Le logo pèse 257 Ko ; la taille maximale est de 256 Ko.");
  }

  @Test
  void refusesEmptyContent() {
    assertThatThrownBy(() -> LogoPolicy.check("logo.png", new byte[0]))
        .isInstanceOf(InvalidBranding.class)
        .hasMessage("Le fichier n’est pas une image PNG ou SVG.");
  }

  @Test
  void refusesTextThatIsNotAnImage() {
    byte[] text = "Bonjour, ceci est un document texte.".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> LogoPolicy.check("logo.png", text))
        .isInstanceOf(InvalidBranding.class)
        .hasMessage("Le fichier n’est pas une image PNG ou SVG.");
  }

  @Test
  void refusesXmlThatIsNotAnSvg() {
    byte[] xml = "<?xml version=\"1.0\"?><html><body/></html>".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> LogoPolicy.check("logo.svg", xml))
        .isInstanceOf(InvalidBranding.class)
        .hasMessage("Le fichier n’est pas une image PNG ou SVG.");
  }

  @Test
  void refusesJpegSayingOnlyPngAndSvgAreAccepted() {
    assertThatThrownBy(() -> LogoPolicy.check("logo.png", png(10, 10, "jpeg")))
        .isInstanceOf(InvalidBranding.class)
        .hasMessageStartingWith("Le fichier n’est pas une image PNG ou SVG.")
        .hasMessageContaining("seuls les formats PNG et SVG");
  }

  @Test
  void refusesGifSayingOnlyPngAndSvgAreAccepted() {
    assertThatThrownBy(() -> LogoPolicy.check("logo.gif", png(10, 10, "gif")))
        .isInstanceOf(InvalidBranding.class)
        .hasMessageStartingWith("Le fichier n’est pas une image PNG ou SVG.")
        .hasMessageContaining("seuls les formats PNG et SVG");
  }

  @Test
  void refusesATruncatedPng() {
    byte[] png = png(50, 50, "png");
    byte[] truncated = Arrays.copyOf(png, 40);

    assertThatThrownBy(() -> LogoPolicy.check("logo.png", truncated))
        .isInstanceOf(InvalidBranding.class)
        .hasMessageStartingWith("Le fichier PNG est endommagé ou illisible.");
  }

  @Test
  void refusesAPngSignatureFollowedByGarbage() {
    byte[] fake = Arrays.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 100);

    assertThatThrownBy(() -> LogoPolicy.check("logo.png", fake))
        .isInstanceOf(InvalidBranding.class)
        .hasMessageStartingWith("Le fichier PNG est endommagé ou illisible.");
  }

  @Test
  void logoCopiesItsBytesInAndOut() {
    byte[] png = png(10, 10, "png");
    Logo logo = LogoPolicy.check("logo.png", png);
    png[20] ^= 1;
    logo.content()[21] ^= 1;

    assertThat(logo.content()).isNotEqualTo(png);
    assertThat(logo).isEqualTo(LogoPolicy.check("logo.png", logo.content()));
  }

  private static byte[] png(int width, int height, String format) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = image.createGraphics();
    graphics.setColor(new Color(0x1f4e8c));
    graphics.fillRect(0, 0, width / 2 + 1, height);
    graphics.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!javax.imageio.ImageIO.write(image, format, out)) {
        throw new IllegalStateException("No ImageIO writer for " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
