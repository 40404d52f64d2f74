package fr.guichet.branding;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Upload rule for a commune's logo: PNG or SVG only, detected from the content (never from the file
 * name), at most {@value #MAX_BYTES} bytes and, for PNG, at most {@value #MAX_PIXELS} pixels per
 * side. SVGs must pass a strict whitelist (see {@link SvgInspector}) and are then kept as is.
 */
public final class LogoPolicy {

  public static final int MAX_BYTES = 256 * 1024;
  public static final int MAX_PIXELS = 2000;

  static final String NOT_AN_IMAGE = "Le fichier n’est pas une image PNG ou SVG.";

  private static final byte[] PNG_SIGNATURE = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'
  };
  private static final byte[] JPEG_SIGNATURE = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
  private static final byte[] GIF_SIGNATURE = {'G', 'I', 'F', '8'};

  private LogoPolicy() {}

  /**
   * Validates an uploaded logo.
   *
   * @param fileName the name given by the browser, deliberately ignored for type detection
   * @param content the uploaded bytes
   * @return the accepted logo with its detected media type and the original bytes
   * @throws InvalidBranding with a French message if the logo is refused
   */
  public static Logo check(@Nullable String fileName, byte[] content) {
    if (content.length > MAX_BYTES) {
      throw new InvalidBranding(
          "Le logo pèse " + kilobytes(content.length) + " Ko ; la taille maximale est de "
              + kilobytes(MAX_BYTES) + " Ko.");
    }
    if (startsWith(content, PNG_SIGNATURE)) {
      checkPng(content);
      return new Logo(Logo.PNG, content);
    }
    if (startsWith(content, JPEG_SIGNATURE) || startsWith(content, GIF_SIGNATURE)) {
      throw new InvalidBranding(
          NOT_AN_IMAGE + " Les images JPEG et GIF ne sont pas acceptées : seuls les formats PNG et"
              + " SVG le sont. Enregistrez votre logo dans l’un de ces formats.");
    }
    if (looksLikeXml(content)) {
      SvgInspector.check(content);
      return new Logo(Logo.SVG, content);
    }
    throw new InvalidBranding(NOT_AN_IMAGE);
  }

  private static void checkPng(byte[] content) {
    Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("png");
    if (!readers.hasNext()) {
      throw new IllegalStateException("No PNG reader available in ImageIO");
    }
    ImageReader reader = readers.next();
    try (ImageInputStream input =
        new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
      reader.setInput(input, true, true);
      // Read the header first: a tiny file can declare a huge, memory-hungry image.
      int width = reader.getWidth(0);
      int height = reader.getHeight(0);
      if (width > MAX_PIXELS || height > MAX_PIXELS) {
        throw new InvalidBranding(
            "Le logo mesure " + width + " × " + height + " pixels ; la taille maximale est de "
                + MAX_PIXELS + " × " + MAX_PIXELS + " pixels.");
      }
      BufferedImage image = reader.read(0);
      if (image.getWidth() != width || image.getHeight() != height) {
        throw new IOException("Decoded size differs from header");
      }
    } catch (InvalidBranding e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new InvalidBranding(
          "Le fichier PNG est endommagé ou illisible. Enregistrez à nouveau votre logo au format"
              + " PNG ou SVG.");
    } finally {
      reader.dispose();
    }
  }

  /** Whether the content starts like an XML document (after an optional BOM and blanks). */
  private static boolean looksLikeXml(byte[] content) {
    if (SvgInspector.isUtf16(content)) {
      return true;
    }
    int i = content.length >= 3 && (content[0] & 0xff) == 0xef ? 3 : 0;
    while (i < content.length && (content[i] == ' ' || content[i] == '\t'
        || content[i] == '\r' || content[i] == '\n')) {
      i++;
    }
    return i < content.length && content[i] == '<';
  }

  /** Size in Ko (1 Ko = 1024 bytes), rounded up so a file just over the limit never shows it. */
  private static long kilobytes(int bytes) {
    return (bytes + 1023L) / 1024;
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
