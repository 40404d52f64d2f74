package fr.guichet.forms;

import java.io.Serial;
import java.util.List;

/**
 * Thrown when a form definition cannot be read. Each problem is a French sentence that starts
 * with the JSON path of the faulty element ({@code pages[1].sections[0].fields[3].type : type de
 * champ inconnu « texte »}), meant to be shown to the agent or developer who wrote the file.
 */
public class InvalidFormDefinition extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  private final List<String> problems;

  /** @param problems the French messages, at least one */
  public InvalidFormDefinition(List<String> problems) {
    super(join(problems));
    this.problems = List.copyOf(problems);
  }

  /** The French messages, one per problem, in document order. */
  public List<String> problems() {
    return problems;
  }

  private static String join(List<String> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("InvalidFormDefinition needs at least one problem");
    }
    return String.join("\n", problems);
  }
}
