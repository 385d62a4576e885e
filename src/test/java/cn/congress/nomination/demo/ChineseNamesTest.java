package cn.congress.nomination.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.organization.MemberAttributes.Gender;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ChineseNamesTest {

  private static final int SAMPLE = 20_000;

  @Test
  void everyNameIsASurnameFromTheListAndOneOrTwoGivenCharacters() {
    ChineseNames names = new ChineseNames(new SplittableRandom(1));
    Set<String> given = new HashSet<>(ChineseNames.NEUTRAL_GIVEN);
    given.addAll(ChineseNames.MALE_GIVEN);
    given.addAll(ChineseNames.FEMALE_GIVEN);
    for (int i = 0; i < SAMPLE; i++) {
      Gender gender = i % 3 == 0 ? Gender.FEMALE : Gender.MALE;
      String name = names.person(gender);
      String surname = surnameOf(name);
      assertThat(surname).as(name).isNotNull();
      List<String> rest = name.substring(surname.length()).codePoints().mapToObj(Character::toString).toList();
      assertThat(rest).as(name).hasSizeBetween(1, 2);
      assertThat(given).as(name).containsAll(rest);
      // The last character follows the person's gender.
      assertThat(gender == Gender.FEMALE ? ChineseNames.FEMALE_GIVEN : ChineseNames.MALE_GIVEN)
          .as(name).contains(rest.get(rest.size() - 1));
    }
  }

  @Test
  void surnamesFollowTheirFrequency() {
    ChineseNames names = new ChineseNames(new SplittableRandom(2));
    Map<String, Long> counts = IntStream.range(0, SAMPLE).mapToObj(i -> names.surname())
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

    List<String> mostCommon = counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(3).map(Map.Entry::getKey).toList();
    assertThat(List.of("王", "李", "张", "刘")).containsAll(mostCommon);
    int total = ChineseNames.SURNAMES.values().stream().mapToInt(Integer::intValue).sum();
    double expected = (double) ChineseNames.SURNAMES.get("王") / total;
    assertThat((double) counts.get("王") / SAMPLE).isBetween(expected - 0.01, expected + 0.01);
    long twoCharacter = counts.entrySet().stream().filter(e -> e.getKey().length() == 2)
        .mapToLong(Map.Entry::getValue).sum();
    assertThat(twoCharacter).isPositive().isLessThan(SAMPLE / 100);
    assertThat(ChineseNames.SURNAMES.keySet()).containsAll(counts.keySet());
  }

  @Test
  void sameSeedSameNames() {
    ChineseNames first = new ChineseNames(new SplittableRandom(3));
    ChineseNames second = new ChineseNames(new SplittableRandom(3));
    for (int i = 0; i < 100; i++) assertThat(first.person(Gender.MALE)).isEqualTo(second.person(Gender.MALE));
  }

  /** The longest surname of the list the name starts with (欧阳 before 欧, 夏侯 before 夏). */
  private static String surnameOf(String name) {
    return ChineseNames.SURNAMES.keySet().stream().filter(name::startsWith)
        .max(java.util.Comparator.comparingInt(String::length)).orElse(null);
  }
}
