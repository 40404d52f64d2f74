package fr.guichet.forms;

import fr.guichet.forms.FormIndex.Block;
import fr.guichet.forms.FormIndex.Slot;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SequencedSet;

/**
 * Publication checks of conditions: a condition may only look at an earlier field that takes an
 * answer, with an operator and a value that suit that field. Since only earlier fields are
 * allowed, no cycle can be published; cycles are still named explicitly when found.
 */
final class ConditionChecks {

  private ConditionChecks() {}

  static void check(FormIndex index, List<String> problems) {
    for (Block block : index.blocks()) {
      if (block.condition() != null) {
        checkBlock(index, block, block.condition(), problems);
      }
    }
    for (Slot slot : index.slots()) {
      Condition condition = slot.field().condition();
      if (condition != null) {
        checkField(index, slot, condition, problems);
      }
    }
    reportCycles(index, problems);
  }

  private static void checkBlock(FormIndex index, Block block, Condition condition,
      List<String> problems) {
    String prefix = block.subject() + " : la condition porte sur le champ « "
        + condition.fieldKey() + " »";
    Slot target = index.slot(condition.fieldKey());
    if (target == null) {
      problems.add(prefix + ", qui n’existe pas.");
    } else if (target.order() >= block.firstOrder() && target.order() < block.endOrder()) {
      problems.add(prefix + ", qui se trouve dans " + block.kind() + " : cycle de conditions.");
    } else if (target.order() >= block.firstOrder()) {
      problems.add(prefix + ", placé plus loin dans le formulaire ; une condition ne peut porter"
          + " que sur un champ placé avant.");
    } else if (target.group() != null) {
      problems.add(prefix + ", qui fait partie d’un groupe répétable ; seuls les champs du même"
          + " groupe peuvent en dépendre.");
    } else {
      checkOperatorAndValue(prefix, target.field(), condition, problems);
    }
  }

  private static void checkField(FormIndex index, Slot slot, Condition condition,
      List<String> problems) {
    String prefix = slot.subject() + " : la condition porte sur ";
    Slot target = index.slot(condition.fieldKey());
    if (target == null) {
      problems.add(prefix + "le champ « " + condition.fieldKey() + " », qui n’existe pas.");
      return;
    }
    prefix += "le champ « " + condition.fieldKey() + " »";
    if (target == slot) {
      problems.add(slot.subject() + " : la condition porte sur le champ lui-même : cycle de"
          + " conditions.");
    } else if (target.isWithin(slot)) {
      problems.add(prefix + ", qui fait partie de ce groupe : cycle de conditions.");
    } else if (target.order() > slot.order()) {
      problems.add(prefix + ", placé plus loin dans le formulaire ; une condition ne peut porter"
          + " que sur un champ placé avant.");
    } else if (target.group() != null && !slot.isWithin(target.group())) {
      problems.add(prefix + ", qui fait partie d’un autre groupe répétable ; seuls les champs du"
          + " même groupe peuvent en dépendre.");
    } else {
      checkOperatorAndValue(prefix, target.field(), condition, problems);
    }
  }

  private static void checkOperatorAndValue(String prefix, Field target, Condition condition,
      List<String> problems) {
    Condition.Operator operator = condition.operator();
    if (!target.takesAnswer()) {
      problems.add(prefix + ", un texte d’information, qui n’a pas de réponse.");
      return;
    }
    if (!operator.appliesTo(target.type())) {
      problems.add(prefix + " avec l’opérateur « " + operator.jsonName() + " », qui ne s’applique"
          + " pas à un champ de type « " + target.type().jsonName() + " ».");
      return;
    }
    String value = condition.value();
    if (!operator.needsValue()) {
      return;
    }
    if (value == null || value.isBlank()) {
      problems.add(prefix + " mais n’indique pas la valeur à comparer.");
    } else if (!fits(target, value)) {
      problems.add(prefix + " avec la valeur « " + value + " », qui ne convient pas : "
          + expected(target) + ".");
    }
  }

  private static boolean fits(Field target, String value) {
    return switch (target.type()) {
      case NUMBER -> Values.number(value) != null;
      case DATE -> Values.date(value) != null;
      case YES_NO, CONSENT -> Values.yesNo(value) != null;
      case SINGLE_CHOICE, MULTIPLE_CHOICE, DROPDOWN -> target.options().contains(value);
      default -> true;
    };
  }

  private static String expected(Field target) {
    return switch (target.type()) {
      case NUMBER -> "un nombre est attendu";
      case DATE -> "une date au format AAAA-MM-JJ est attendue";
      case YES_NO, CONSENT -> "« oui » ou « non » est attendu";
      default -> "elle ne fait pas partie des options de ce champ";
    };
  }

  /** Finds cycles in the graph « field → field its visibility depends on » and names each once. */
  private static void reportCycles(FormIndex index, List<String> problems) {
    Set<Set<Slot>> reported = new HashSet<>();
    Set<Slot> done = new HashSet<>();
    for (Slot start : index.slots()) {
      visit(index, start, new LinkedHashSet<>(), done, reported, problems);
    }
  }

  private static void visit(FormIndex index, Slot slot, SequencedSet<Slot> path, Set<Slot> done,
      Set<Set<Slot>> reported, List<String> problems) {
    if (done.contains(slot)) {
      return;
    }
    if (path.contains(slot)) {
      List<Slot> members = new ArrayList<>(path);
      List<Slot> cycle = members.subList(members.indexOf(slot), members.size());
      // A self-reference (cycle of one) is already reported by the checks above.
      if (cycle.size() > 1 && reported.add(Set.copyOf(cycle))) {
        StringBuilder chain = new StringBuilder();
        cycle.forEach(member -> chain.append(member.field().key()).append(" → "));
        problems.add("Formulaire : cycle de conditions " + chain + slot.field().key()
            + " ; une condition ne peut porter que sur un champ placé avant.");
      }
      return;
    }
    path.add(slot);
    for (Condition condition : slot.governing()) {
      Slot target = index.slot(condition.fieldKey());
      if (target != null) {
        visit(index, target, path, done, reported, problems);
      }
    }
    path.removeLast();
    done.add(slot);
  }
}
