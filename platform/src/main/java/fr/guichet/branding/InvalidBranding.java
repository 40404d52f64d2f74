package fr.guichet.branding;

import java.io.Serial;
import java.util.List;

/**
 * Thrown when branding input (colours, logo) breaks a rule. Each problem is a complete French
 * sentence meant to be shown as is to the person editing the branding.
 */
public class InvalidBranding extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  private final List<String> problems;

  /**
   * @param problems the user-facing French messages, at least one
   */
  public InvalidBranding(List<String> problems) {
    super(join(problems));
    this.problems = List.copyOf(problems);
  }

  public InvalidBranding(String problem) {
    this(List.of(problem));
  }

  /** The user-facing French messages, one per problem, in the order they were found. */
  public List<String> problems() {
    return problems;
  }

  private static String join(List<String> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("InvalidBranding needs at least one problem");
    }
    return String.join(" ", problems);
  }
}
