package cn.congress.nomination.congress;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The 姓氏笔画 order of official Chinese name lists (ballots, the list of the elected): surnames first, character by
 * character, each character by its number of strokes, then by its strokes in writing order compared one by one in the
 * order 横 → 竖 → 撇 → 点 → 折; then, for the same surname, the given name the same way. A listed compound surname
 * (欧阳, 司马 …) is the surname, so 司马 and 司徒 differ at their second character, and a single surname that
 * begins a compound one comes before it (司 before 司马).
 *
 * <p>ICU's stroke collation only counts strokes, so this order is backed by the shipped stroke data. Characters with the
 * same count and the same stroke classes (土 士) are put in code point order so the order stays total and repeatable;
 * names with the same characters compare equal, and the sorts here are stable, so they keep their given order.
 * Blanks (王　芳) and the dots of minority names (·) are not characters of the name. A character the data lacks
 * raises {@link NameNotOrderableException} naming it: the order is never guessed.
 */
public final class SurnameStrokeOrder {

  private static final SurnameStrokeOrder SHIPPED =
      new SurnameStrokeOrder(StrokeTable.shipped(), CompoundSurnames.shipped());
  private static final Comparator<String> NAMES = Comparator.comparing(SHIPPED::key, SortKey.ORDER);

  private final StrokeTable strokes;
  private final CompoundSurnames compounds;

  SurnameStrokeOrder(StrokeTable strokes, CompoundSurnames compounds) {
    this.strokes = strokes;
    this.compounds = compounds;
  }

  /** Names in stroke order. */
  public static Comparator<String> names() {
    return NAMES;
  }

  /** Anything with a name, in stroke order of that name. */
  public static <T> Comparator<T> by(Function<? super T, String> name) {
    Objects.requireNonNull(name, "name");
    return Comparator.comparing(name, NAMES);
  }

  /**
   * A new list of the items in stroke order of their names; items whose names have the same characters keep their
   * given order. Every name is checked before anything is ordered, so one unknown character fails the whole list.
   */
  public static <T> List<T> sorted(Collection<? extends T> items, Function<? super T, String> name) {
    record Keyed<T>(T item, SortKey key) {}
    List<Keyed<T>> keyed = new ArrayList<>(items.size());
    for (T item : items) keyed.add(new Keyed<>(item, SHIPPED.key(name.apply(item))));
    keyed.sort(Comparator.comparing(Keyed::key, SortKey.ORDER)); // List.sort is stable
    return keyed.stream().map(Keyed::item).toList();
  }

  /** The surname of a name as this order reads it: a listed compound surname, else the first character. */
  public static String surnameOf(String name) {
    String normalized = normalize(name);
    return normalized.substring(0, normalized.offsetByCodePoints(0, SHIPPED.compounds.surnameLength(normalized)));
  }

  /** Throws {@link NameNotOrderableException} unless every character of the name is in the stroke data. */
  public static void requireOrderable(String name) {
    SHIPPED.key(name);
  }

  SortKey key(String name) {
    Objects.requireNonNull(name, "name");
    String normalized = normalize(name);
    if (normalized.isEmpty()) throw NameNotOrderableException.empty(name);
    int[] codePoints = normalized.codePoints().toArray();
    String[] sequences = new String[codePoints.length];
    for (int i = 0; i < codePoints.length; i++) {
      sequences[i] = strokes.strokes(codePoints[i]);
      if (sequences[i] == null) throw NameNotOrderableException.missingCharacter(name, codePoints[i]);
    }
    int surnameLength = compounds.surnameLength(normalized);
    return new SortKey(
        Arrays.copyOfRange(codePoints, 0, surnameLength), Arrays.copyOfRange(sequences, 0, surnameLength),
        Arrays.copyOfRange(codePoints, surnameLength, codePoints.length),
        Arrays.copyOfRange(sequences, surnameLength, sequences.length));
  }

  /** Without blanks (also the ideographic one lists pad two-character names with) and the dots of minority names. */
  static String normalize(String name) {
    StringBuilder result = new StringBuilder(name.length());
    name.codePoints()
        .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && !isNameDot(c))
        .forEach(result::appendCodePoint);
    return result.toString();
  }

  private static boolean isNameDot(int c) {
    return c == '·' || c == '•' || c == '・' || c == '･' || c == '‧' || c == '.' || c == '．';
  }

  /** A name read for ordering: surname and given name, each a list of characters with their strokes. */
  static final class SortKey {

    private final int[] surname;
    private final String[] surnameStrokes;
    private final int[] given;
    private final String[] givenStrokes;

    SortKey(int[] surname, String[] surnameStrokes, int[] given, String[] givenStrokes) {
      this.surname = surname;
      this.surnameStrokes = surnameStrokes;
      this.given = given;
      this.givenStrokes = givenStrokes;
    }

    static final Comparator<SortKey> ORDER = (a, b) -> {
      int bySurname = compare(a.surname, a.surnameStrokes, b.surname, b.surnameStrokes);
      return bySurname != 0 ? bySurname : compare(a.given, a.givenStrokes, b.given, b.givenStrokes);
    };

    /** Character by character; when one is the start of the other, the shorter first. */
    private static int compare(int[] a, String[] aStrokes, int[] b, String[] bStrokes) {
      for (int i = 0; i < Math.min(a.length, b.length); i++) {
        int byCharacter = compareCharacter(a[i], aStrokes[i], b[i], bStrokes[i]);
        if (byCharacter != 0) return byCharacter;
      }
      return Integer.compare(a.length, b.length);
    }

    private static int compareCharacter(int a, String aStrokes, int b, String bStrokes) {
      if (a == b) return 0;
      int byCount = Integer.compare(aStrokes.length(), bStrokes.length());
      if (byCount != 0) return byCount;
      // Same length, digits 1-5 in the order 横 竖 撇 点 折: string order is stroke-by-stroke order.
      int byStrokes = aStrokes.compareTo(bStrokes);
      return byStrokes != 0 ? byStrokes : Integer.compare(a, b);
    }
  }
}
