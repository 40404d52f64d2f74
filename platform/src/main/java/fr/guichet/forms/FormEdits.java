package fr.guichet.forms;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The changes a form builder makes to a definition: add, replace, move and remove pages, sections and fields
 * (including the fields of a repeatable group), each returning a new definition. Elements are found by key; a key
 * absent from the form changes nothing. Whether the result can be published is {@link FormChecks}' business.
 */
public final class FormEdits {

  private FormEdits() {}

  public static FormDefinition addPage(FormDefinition form, Page page) {
    List<Page> pages = new ArrayList<>(form.pages());
    pages.add(page);
    return new FormDefinition(form.formatVersion(), pages);
  }

  /** Appends {@code section} to the page {@code pageKey}. */
  public static FormDefinition addSection(FormDefinition form, String pageKey, Section section) {
    return rewrite(form, pages -> map(pages, Page::key, pageKey,
        page -> withSections(page, appended(page.sections(), section))), same(), same());
  }

  /** Appends {@code field} to the section or the repeatable group {@code containerKey}. */
  public static FormDefinition addField(FormDefinition form, String containerKey, Field field) {
    return rewrite(form, same(),
        sections -> map(sections, Section::key, containerKey,
            section -> withFields(section, appended(section.fields(), field))),
        fields -> map(fields, Field::key, containerKey,
            group -> withChildren(group, appended(group.children(), field))));
  }

  /** Puts {@code page} in place of the page {@code key}; the caller keeps or changes its sections. */
  public static FormDefinition replacePage(FormDefinition form, String key, Page page) {
    return rewrite(form, pages -> map(pages, Page::key, key, old -> page), same(), same());
  }

  public static FormDefinition replaceSection(FormDefinition form, String key, Section section) {
    return rewrite(form, same(), sections -> map(sections, Section::key, key, old -> section), same());
  }

  public static FormDefinition replaceField(FormDefinition form, String key, Field field) {
    return rewrite(form, same(), same(), fields -> map(fields, Field::key, key, old -> field));
  }

  /** Moves the element {@code key} by {@code offset} places among its siblings, stopping at either end. */
  public static FormDefinition move(FormDefinition form, String key, int offset) {
    return rewrite(form, pages -> moved(pages, Page::key, key, offset),
        sections -> moved(sections, Section::key, key, offset),
        fields -> moved(fields, Field::key, key, offset));
  }

  /** Removes the element {@code key} with everything it contains. */
  public static FormDefinition remove(FormDefinition form, String key) {
    return rewrite(form, pages -> without(pages, Page::key, key),
        sections -> without(sections, Section::key, key), fields -> without(fields, Field::key, key));
  }

  /** Gives the element {@code key} a new key, and points every condition that tested it to the new one. */
  public static FormDefinition rename(FormDefinition form, String key, String newKey) {
    UnaryOperator<@Nullable Condition> retarget = condition -> condition == null
        || !condition.fieldKey().equals(key) ? condition
        : new Condition(newKey, condition.operator(), condition.value());
    return rewrite(form,
        pages -> pages.stream().map(page -> new Page(page.key().equals(key) ? newKey : page.key(), page.title(),
            retarget.apply(page.condition()), page.sections())).toList(),
        sections -> sections.stream().map(section -> new Section(section.key().equals(key) ? newKey
            : section.key(), section.title(), retarget.apply(section.condition()), section.fields())).toList(),
        fields -> fields.stream().map(field -> renamed(field, key, newKey).when(retarget.apply(field.condition())))
            .toList());
  }

  private static Field renamed(Field field, String key, String newKey) {
    return !field.key().equals(key) ? field : new Field(newKey, field.type(), field.label(), field.help(),
        field.required(), field.rules(), field.options(), field.condition(), field.prefill(),
        field.acceptedFileTypes(), field.maxFileSizeBytes(), field.children(), field.minRepetitions(),
        field.maxRepetitions());
  }

  /** Every key used by a page, a section or a field. */
  public static Set<String> keys(FormDefinition form) {
    Set<String> keys = new HashSet<>();
    for (Page page : form.pages()) {
      keys.add(page.key());
      page.sections().forEach(section -> keys.add(section.key()));
    }
    form.allFields().forEach(field -> keys.add(field.key()));
    return keys;
  }

  /**
   * The fields that come before the element {@code key} in document order (a group before its children), which
   * are the only ones a condition on that element may test; every field when the key is absent.
   */
  public static List<Field> fieldsBefore(FormDefinition form, String key) {
    List<Field> before = new ArrayList<>();
    for (Page page : form.pages()) {
      if (page.key().equals(key)) {
        return before;
      }
      for (Section section : page.sections()) {
        if (section.key().equals(key) || collectUntil(section.fields(), key, before)) {
          return before;
        }
      }
    }
    return before;
  }

  private static boolean collectUntil(List<Field> fields, String key, List<Field> before) {
    for (Field field : fields) {
      if (field.key().equals(key)) {
        return true;
      }
      before.add(field);
      if (collectUntil(field.children(), key, before)) {
        return true;
      }
    }
    return false;
  }

  /** {@code base} followed by the first number that makes it a key no element uses yet. */
  public static String freeKey(FormDefinition form, String base) {
    Set<String> used = keys(form);
    for (int n = 1; ; n++) {
      String candidate = base + "_" + n;
      if (!used.contains(candidate)) {
        return candidate;
      }
    }
  }

  public static Field withChildren(Field group, List<Field> children) {
    return new Field(group.key(), group.type(), group.label(), group.help(), group.required(), group.rules(),
        group.options(), group.condition(), group.prefill(), group.acceptedFileTypes(),
        group.maxFileSizeBytes(), children, group.minRepetitions(), group.maxRepetitions());
  }

  private static Page withSections(Page page, List<Section> sections) {
    return new Page(page.key(), page.title(), page.condition(), sections);
  }

  private static Section withFields(Section section, List<Field> fields) {
    return new Section(section.key(), section.title(), section.condition(), fields);
  }

  /** Applies the three list changes at every level: pages, the sections of each page, every list of fields. */
  private static FormDefinition rewrite(FormDefinition form, UnaryOperator<List<Page>> pageChange,
      UnaryOperator<List<Section>> sectionChange, UnaryOperator<List<Field>> fieldChange) {
    List<Page> pages = pageChange.apply(form.pages()).stream()
        .map(page -> withSections(page, sectionChange.apply(page.sections()).stream()
            .map(section -> withFields(section, fields(section.fields(), fieldChange)))
            .toList()))
        .toList();
    return new FormDefinition(form.formatVersion(), pages);
  }

  private static List<Field> fields(List<Field> fields, UnaryOperator<List<Field>> change) {
    return change.apply(fields).stream()
        .map(field -> field.children().isEmpty() ? field
            : withChildren(field, fields(field.children(), change)))
        .toList();
  }

  private static <T> UnaryOperator<List<T>> same() {
    return UnaryOperator.identity();
  }

  private static <T> List<T> appended(List<T> list, T element) {
    List<T> copy = new ArrayList<>(list);
    copy.add(element);
    return copy;
  }

  private static <T> List<T> map(List<T> list, Function<T, String> keyOf, String key, UnaryOperator<T> change) {
    return list.stream().map(element -> keyOf.apply(element).equals(key) ? change.apply(element) : element)
        .toList();
  }

  private static <T> List<T> without(List<T> list, Function<T, String> keyOf, String key) {
    return list.stream().filter(element -> !keyOf.apply(element).equals(key)).toList();
  }

  private static <T> List<T> moved(List<T> list, Function<T, String> keyOf, String key, int offset) {
    int from = -1;
    for (int i = 0; i < list.size(); i++) {
      if (keyOf.apply(list.get(i)).equals(key)) {
        from = i;
        break;
      }
    }
    if (from < 0) {
      return list;
    }
    int to = Math.clamp((long) from + offset, 0, list.size() - 1);
    List<T> copy = new ArrayList<>(list);
    copy.add(to, copy.remove(from));
    return copy;
  }
}
