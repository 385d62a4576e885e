package cn.congress.nomination.congress;

import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.platform.Violation;
import java.util.List;

/**
 * A name cannot be put in stroke order: a character the stroke data lacks, or no character at all. A ValidationException,
 * so a request that orders such a name is answered 422 naming the name and the character, and nothing is ordered by a
 * guess.
 */
public class NameNotOrderableException extends ValidationException {

  /** Rule code: a character of the name is not in the stroke data. */
  public static final String RULE_STROKE_DATA = "STROKE_DATA";
  /** Rule code: the name has no character once blanks and name dots are removed. */
  public static final String RULE_EMPTY_NAME = "NAME_NOT_EMPTY";

  private final String name;
  private final String character;

  private NameNotOrderableException(String name, String character, String rule, String message) {
    super(message, List.of(Violation.of("name", rule, message)));
    this.name = name;
    this.character = character;
  }

  static NameNotOrderableException missingCharacter(String name, int codePoint) {
    String character = Character.toString(codePoint);
    return new NameNotOrderableException(name, character, RULE_STROKE_DATA,
        "姓名“%s”中的“%s”（U+%04X）不在笔画数据中，无法按姓氏笔画排序".formatted(name, character, codePoint));
  }

  static NameNotOrderableException empty(String name) {
    return new NameNotOrderableException(name, null, RULE_EMPTY_NAME, "姓名“%s”为空，无法按姓氏笔画排序".formatted(name));
  }

  /** The name as given. */
  public String name() {
    return name;
  }

  /** The character the stroke data lacks, or null for an empty name. */
  public String character() {
    return character;
  }
}
