package cn.congress.nomination.congress;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Stroke sequences of characters, read from {@code congress/strokes.txt} (provenance in the README beside it): one line
 * per character, {@code 王 1121}, strokes in writing order as the five classes 1 横 2 竖 3 撇 4 点 5 折.
 */
final class StrokeTable {

  static final String RESOURCE = "congress/strokes.txt";

  private final Map<Integer, String> sequences;

  private StrokeTable(Map<Integer, String> sequences) {
    this.sequences = sequences;
  }

  /** The shipped table, read once. */
  static StrokeTable shipped() {
    return Shipped.TABLE;
  }

  static StrokeTable read(String resource) {
    InputStream in = StrokeTable.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) throw new IllegalStateException("Stroke data not on the classpath: " + resource);
    Map<Integer, String> sequences = new HashMap<>(16_384);
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isEmpty() || line.startsWith("#")) continue;
        int space = line.indexOf(' ');
        String character = space < 0 ? "" : line.substring(0, space);
        String strokes = space < 0 ? "" : line.substring(space + 1);
        // A malformed table must stop the start, not order names wrongly later.
        if (character.codePointCount(0, character.length()) != 1 || !strokes.matches("[1-5]+")) {
          throw new IllegalStateException(resource + " line " + number + " is not '<character> <strokes 1-5>': " + line);
        }
        if (sequences.put(character.codePointAt(0), strokes) != null) {
          throw new IllegalStateException(resource + " line " + number + " repeats " + character);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new StrokeTable(Map.copyOf(sequences));
  }

  /** The strokes of one character, or null when the data does not have it. */
  String strokes(int codePoint) {
    return sequences.get(codePoint);
  }

  int size() {
    return sequences.size();
  }

  private static final class Shipped {
    static final StrokeTable TABLE = read(RESOURCE);
  }
}
