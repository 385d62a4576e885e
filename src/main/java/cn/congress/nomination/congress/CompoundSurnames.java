package cn.congress.nomination.congress;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** The two-character surnames of {@code congress/compound-surnames.txt}: a name starting with one has it as surname. */
final class CompoundSurnames {

  static final String RESOURCE = "congress/compound-surnames.txt";

  private final Set<String> surnames;

  private CompoundSurnames(Set<String> surnames) {
    this.surnames = surnames;
  }

  static CompoundSurnames shipped() {
    return Shipped.LIST;
  }

  static CompoundSurnames read(String resource) {
    InputStream in = CompoundSurnames.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) throw new IllegalStateException("Compound surnames not on the classpath: " + resource);
    Set<String> surnames = new HashSet<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        String surname = line.strip();
        if (surname.isEmpty() || surname.startsWith("#")) continue;
        if (surname.codePointCount(0, surname.length()) != 2) {
          throw new IllegalStateException(resource + ": not a two-character surname: " + surname);
        }
        surnames.add(surname);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new CompoundSurnames(Set.copyOf(surnames));
  }

  /** Number of characters the surname of {@code name} (already normalized) takes: 2 for a listed one, else 1. */
  int surnameLength(String name) {
    if (name.codePointCount(0, name.length()) <= 2) {
      // A two-character name is surname + given name even when it spells a compound surname (欧阳 alone is no name).
      return Math.min(1, name.length());
    }
    int end = name.offsetByCodePoints(0, 2);
    return surnames.contains(name.substring(0, end)) ? 2 : 1;
  }

  Set<String> all() {
    return surnames;
  }

  private static final class Shipped {
    static final CompoundSurnames LIST = read(RESOURCE);
  }
}
