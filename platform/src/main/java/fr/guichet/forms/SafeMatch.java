package fr.guichet.forms;

import java.util.regex.Pattern;

/**
 * Matches an agent-written regular expression against a citizen's answer with a bounded amount of
 * work, so that a pattern with catastrophic backtracking cannot tie up the server (ReDoS): the
 * matcher reads the text through a {@link CharSequence} that gives up after {@link #MAX_READS}
 * character reads. Giving up counts as not matching.
 */
final class SafeMatch {

  /** Character reads allowed for one match; a linear match of a long answer needs far fewer. */
  static final int MAX_READS = 1_000_000;

  private SafeMatch() {}

  static boolean matches(Pattern pattern, String text) {
    try {
      return pattern.matcher(new Bounded(text, new int[] {0})).matches();
    } catch (TooMuchWork e) {
      return false;
    }
  }

  private record Bounded(String text, int[] reads) implements CharSequence {

    @Override
    public char charAt(int index) {
      if (++reads[0] > MAX_READS) {
        throw new TooMuchWork();
      }
      return text.charAt(index);
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new Bounded(text.substring(start, end), reads);
    }

    @Override
    public String toString() {
      return text;
    }
  }

  private static final class TooMuchWork extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooMuchWork() {
      super(null, null, false, false);
    }
  }
}
