package fr.guichet.forms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A form flattened in document order, for the publication checks: every field with its position,
 * its JSON path, its enclosing repeatable group and the conditions that decide whether it is shown.
 */
final class FormIndex {

  /**
   * A field in the form.
   *
   * @param order position in document order, children of a group right after the group
   * @param group the repeatable group directly around the field, if any
   * @param governing every condition that can hide the field: page, section, groups, its own
   */
  record Slot(Field field, String path, int order, @Nullable Slot group, int depth,
      List<Condition> governing) {

    /** Whether this field is {@code other} or lies inside it (as a child of a group). */
    boolean isWithin(Slot other) {
      for (Slot slot = this; slot != null; slot = slot.group()) {
        if (slot == other) {
          return true;
        }
      }
      return false;
    }

    String subject() {
      return "Champ " + FormIndex.name(field.key(), path);
    }
  }

  /** A page or a section: the fields whose order is in [firstOrder, endOrder) are inside. */
  record Block(String subject, String kind, @Nullable Condition condition, int firstOrder,
      int endOrder) {}

  private final List<Slot> slots = new ArrayList<>();
  private final List<Block> blocks = new ArrayList<>();
  private final Map<String, Slot> byKey = new HashMap<>();

  FormIndex(FormDefinition form) {
    for (int p = 0; p < form.pages().size(); p++) {
      Page page = form.pages().get(p);
      String pagePath = "pages[" + p + "]";
      int pageStart = slots.size();
      for (int s = 0; s < page.sections().size(); s++) {
        Section section = page.sections().get(s);
        String sectionPath = pagePath + ".sections[" + s + "]";
        int sectionStart = slots.size();
        List<Condition> governing = new ArrayList<>();
        addIfPresent(governing, page.condition());
        addIfPresent(governing, section.condition());
        addAll(section.fields(), sectionPath, null, 0, governing);
        blocks.add(new Block("Section " + name(section.key(), sectionPath), "cette section",
            section.condition(), sectionStart, slots.size()));
      }
      blocks.add(new Block("Page " + name(page.key(), pagePath), "cette page", page.condition(),
          pageStart, slots.size()));
    }
    for (Slot slot : slots) {
      byKey.putIfAbsent(slot.field().key(), slot);
    }
  }

  /** Every field, in document order. */
  List<Slot> slots() {
    return slots;
  }

  /** Every section and page that has a condition or not, sections before their page. */
  List<Block> blocks() {
    return blocks;
  }

  /** The first field with this key, if any. */
  @Nullable Slot slot(String key) {
    return byKey.get(key);
  }

  /** « clé » when the key is usable, else the JSON path. */
  static String name(String key, String path) {
    return key.isBlank() ? path : "« " + key + " »";
  }

  private void addAll(List<Field> fields, String ownerPath, @Nullable Slot group, int depth,
      List<Condition> inherited) {
    for (int i = 0; i < fields.size(); i++) {
      Field field = fields.get(i);
      List<Condition> governing = new ArrayList<>(inherited);
      addIfPresent(governing, field.condition());
      Slot slot = new Slot(field, ownerPath + ".fields[" + i + "]", slots.size(), group, depth,
          List.copyOf(governing));
      slots.add(slot);
      addAll(field.children(), slot.path(), slot, depth + 1, governing);
    }
  }

  private static void addIfPresent(List<Condition> conditions, @Nullable Condition condition) {
    if (condition != null) {
      conditions.add(condition);
    }
  }
}
