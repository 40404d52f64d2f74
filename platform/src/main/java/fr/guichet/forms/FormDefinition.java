package fr.guichet.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The form of a procedure: an ordered list of pages. Immutable; a definition read from JSON may be a
 * draft that does not pass {@link FormChecks} yet, so only the structure is guaranteed here.
 *
 * @param formatVersion version of the JSON format, {@value #FORMAT_VERSION} for now
 * @param pages the pages in the order the citizen sees them
 */
public record FormDefinition(int formatVersion, List<Page> pages) {

  /** The only format version this code reads and writes. */
  public static final int FORMAT_VERSION = 1;

  public FormDefinition {
    pages = List.copyOf(pages);
  }

  /** A definition in the current format. */
  public static FormDefinition of(List<Page> pages) {
    return new FormDefinition(FORMAT_VERSION, pages);
  }

  public static FormDefinition of(Page... pages) {
    return of(List.of(pages));
  }

  /** Every field in document order, the children of a repeatable group right after the group. */
  public List<Field> allFields() {
    List<Field> all = new ArrayList<>();
    for (Page page : pages) {
      for (Section section : page.sections()) {
        section.fields().forEach(field -> addWithChildren(field, all));
      }
    }
    return List.copyOf(all);
  }

  /** The field with this key, wherever it is (including inside repeatable groups). */
  public Optional<Field> field(String key) {
    return allFields().stream().filter(field -> field.key().equals(key)).findFirst();
  }

  private static void addWithChildren(Field field, List<Field> all) {
    all.add(field);
    field.children().forEach(child -> addWithChildren(child, all));
  }
}
