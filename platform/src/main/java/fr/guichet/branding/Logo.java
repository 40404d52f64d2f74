package fr.guichet.branding;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A logo that passed {@link LogoPolicy}: its media type, detected from the content, and its
 * original bytes. The byte array is copied in and out, so a {@code Logo} is immutable.
 *
 * @param mediaType {@link #PNG} or {@link #SVG}
 * @param content the original bytes, never empty
 */
public record Logo(String mediaType, byte[] content) {

  public static final String PNG = "image/png";
  public static final String SVG = "image/svg+xml";

  private static final Set<String> MEDIA_TYPES = Set.of(PNG, SVG);

  public Logo {
    if (!MEDIA_TYPES.contains(mediaType)) {
      throw new IllegalArgumentException("Unsupported logo media type: " + mediaType);
    }
    if (content.length == 0) {
      throw new IllegalArgumentException("Logo content is empty");
    }
    content = content.clone();
  }

  /** A copy of the logo bytes. */
  @Override
  public byte[] content() {
    return content.clone();
  }

  public int size() {
    return content.length;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Logo logo
        && mediaType.equals(logo.mediaType)
        && Arrays.equals(content, logo.content);
  }

  @Override
  public int hashCode() {
    return 31 * mediaType.hashCode() + Arrays.hashCode(content);
  }

  @Override
  public String toString() {
    byte[] head = Arrays.copyOf(content, Math.min(8, content.length));
    return "Logo[" + mediaType + ", " + content.length + " bytes, starts "
        + HexFormat.of().formatHex(head) + "]";
  }
}
