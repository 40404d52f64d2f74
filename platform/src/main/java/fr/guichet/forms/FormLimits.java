package fr.guichet.forms;

/**
 * The sizes a form may not exceed. They keep forms usable by citizens (a form of more than 20
 * pages is abandoned) and bound the work of the server on every submission.
 */
public final class FormLimits {

  /** Most pages in a form. */
  public static final int MAX_PAGES = 20;
  /** Most sections in one page. */
  public static final int MAX_SECTIONS_PER_PAGE = 15;
  /** Most fields in one section (or directly in one repeatable group). */
  public static final int MAX_FIELDS_PER_SECTION = 50;
  /** Most fields in the whole form, counting the fields inside repeatable groups. */
  public static final int MAX_FIELDS = 200;
  /** Deepest nesting of repeatable groups (2: a group inside a group, no deeper). */
  public static final int MAX_GROUP_DEPTH = 2;
  /** Most repetitions a repeatable group may allow. */
  public static final int MAX_REPETITIONS = 50;
  /** Most options in one choice list. */
  public static final int MAX_OPTIONS = 100;
  /** Longest option of a choice list. */
  public static final int MAX_OPTION_LENGTH = 200;
  /** Longest key. */
  public static final int MAX_KEY_LENGTH = 40;
  /** Longest label or title. */
  public static final int MAX_LABEL_LENGTH = 300;
  /** Longest help text (and information text). */
  public static final int MAX_HELP_LENGTH = 2_000;
  /** Longest regular expression in a rule. */
  public static final int MAX_PATTERN_LENGTH = 500;
  /** Largest file a file field may accept: 20 Mo. */
  public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
  /** Largest JSON document {@link FormJson#read} accepts, in characters. */
  public static final int MAX_JSON_CHARS = 1_000_000;
  /** Longest answer to a short text field (and identifiers, e-mail, phone…), in characters. */
  public static final int MAX_SHORT_ANSWER_LENGTH = 500;
  /** Longest answer to a long text field, in characters. */
  public static final int MAX_LONG_ANSWER_LENGTH = 20_000;

  private FormLimits() {}
}
