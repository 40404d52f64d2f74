package fr.guichet.forms;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A group of fields under a heading (rendered as a fieldset).
 *
 * @param key identifier unique across the form
 * @param title shown as the section heading (the fieldset legend)
 * @param condition when present, the section is shown (and its answers kept) only if it holds
 * @param fields the fields in display order
 */
public record Section(String key, String title, @Nullable Condition condition, List<Field> fields) {

  public Section {
    fields = List.copyOf(fields);
  }

  /** An unconditional section. */
  public static Section of(String key, String title, Field... fields) {
    return new Section(key, title, null, List.of(fields));
  }

  /** The same section, shown only when {@code shownWhen} holds. */
  public Section when(Condition shownWhen) {
    return new Section(key, title, shownWhen, fields);
  }
}
