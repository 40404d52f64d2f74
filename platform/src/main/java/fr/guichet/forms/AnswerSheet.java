package fr.guichet.forms;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The answers of a request laid out with the form they were given with, in French, for every reader that is not
 * the form itself: agents' request page, the citizen's request page, the PDF receipt, e-mails. Only answered
 * fields appear, under their page and section titles; repeatable groups list each entry.
 */
public final class AnswerSheet {

  private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /**
   * One line of the sheet.
   *
   * @param kind a page or section heading, a group entry heading, or an answer
   * @param label the heading or the question
   * @param text the answer in French; empty for headings
   * @param depth nesting inside repeatable groups, 0 outside
   */
  public record Line(Kind kind, String label, String text, int depth) {}

  public enum Kind { PAGE, SECTION, ENTRY, ANSWER }

  private AnswerSheet() {}

  /** The lines of {@code answers} (as stored: cleaned values, or their JSON reading) under {@code form}. */
  public static List<Line> of(FormDefinition form, Map<String, ?> answers) {
    List<Line> lines = new ArrayList<>();
    for (Page page : form.pages()) {
      List<Line> pageLines = new ArrayList<>();
      for (Section section : page.sections()) {
        List<Line> sectionLines = new ArrayList<>();
        section.fields().forEach(field -> answer(field, answers, 0, sectionLines));
        if (!sectionLines.isEmpty()) {
          pageLines.add(new Line(Kind.SECTION, section.title(), "", 0));
          pageLines.addAll(sectionLines);
        }
      }
      if (!pageLines.isEmpty()) {
        lines.add(new Line(Kind.PAGE, page.title(), "", 0));
        lines.addAll(pageLines);
      }
    }
    return List.copyOf(lines);
  }

  private static void answer(Field field, Map<String, ?> answers, int depth, List<Line> lines) {
    Object value = answers.get(field.key());
    if (value == null || !field.takesAnswer()) {
      return;
    }
    if (field.type() == FieldType.REPEATABLE_GROUP && value instanceof List<?> entries) {
      lines.add(new Line(Kind.ANSWER, field.label(), entries.size() + (entries.size() > 1 ? " éléments"
          : " élément"), depth));
      int number = 1;
      for (Object entry : entries) {
        lines.add(new Line(Kind.ENTRY, field.label() + " " + number++, "", depth + 1));
        if (entry instanceof Map<?, ?> map) {
          @SuppressWarnings("unchecked")
          Map<String, ?> childAnswers = (Map<String, ?>) map;
          field.children().forEach(child -> answer(child, childAnswers, depth + 1, lines));
        }
      }
      return;
    }
    lines.add(new Line(Kind.ANSWER, field.label(), text(field, value), depth));
  }

  /** One answer in French: 14/07/2015, 1 250,5 (narrow no-break space), Oui, « Sport, Musique », the name of a file. */
  public static String text(Field field, @Nullable Object value) {
    return switch (value) {
      case null -> "Non renseigné";
      case Boolean yes -> yes ? "Oui" : "Non";
      case BigDecimal number -> french(number);
      case Number number -> french(new BigDecimal(number.toString()));
      case String text when field.type() == FieldType.DATE -> date(text);
      case List<?> choices -> choices.stream().map(String::valueOf).collect(Collectors.joining(", "));
      case Map<?, ?> file when file.containsKey("name") -> String.valueOf(file.get("name"));
      default -> String.valueOf(value);
    };
  }

  private static String french(BigDecimal number) {
    DecimalFormat format = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.FRANCE));
    format.setMaximumFractionDigits(Math.max(0, number.stripTrailingZeros().scale()));
    return format.format(number);
  }

  private static String date(String iso) {
    try {
      return LocalDate.parse(iso).format(FRENCH_DATE);
    } catch (DateTimeParseException e) {
      return iso;
    }
  }
}
