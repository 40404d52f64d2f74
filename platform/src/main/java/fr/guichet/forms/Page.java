package fr.guichet.forms;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One step of a form.
 *
 * @param key identifier unique across the form
 * @param title shown as the page heading
 * @param condition when present, the page is shown (and its answers kept) only if it holds
 * @param sections the sections in display order
 */
public record Page(String key, String title, @Nullable Condition condition, List<Section> sections) {

  public Page {
    sections = List.copyOf(sections);
  }

  /** An unconditional page. */
  public static Page of(String key, String title, Section... sections) {
    return new Page(key, title, null, List.of(sections));
  }

  /** The same page, shown only when {@code shownWhen} holds. */
  public Page when(Condition shownWhen) {
    return new Page(key, title, shownWhen, sections);
  }
}
