package cn.congress.nomination.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.congress.SurnameStrokeOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every name the demo can generate can be put in stroke order (in this package to read ChineseNames' lists). */
class DemoNamesStrokeOrderTest {

  @Test
  void everyDemoSurnameAndGivenNameCharacterIsInTheStrokeData() {
    List<String> checked = new ArrayList<>();
    for (String surname : ChineseNames.SURNAMES.keySet()) {
      SurnameStrokeOrder.requireOrderable(surname);
      checked.add(surname);
    }
    Stream.of(ChineseNames.MALE_GIVEN, ChineseNames.FEMALE_GIVEN, ChineseNames.NEUTRAL_GIVEN).flatMap(List::stream)
        .forEach(character -> {
          SurnameStrokeOrder.requireOrderable(character);
          checked.add(character);
        });
    assertThat(checked).hasSize(ChineseNames.SURNAMES.size() + ChineseNames.MALE_GIVEN.size()
        + ChineseNames.FEMALE_GIVEN.size() + ChineseNames.NEUTRAL_GIVEN.size());
  }

  @Test
  void demoCompoundSurnamesAreReadAsOneSurname() {
    for (String surname : ChineseNames.SURNAMES.keySet()) {
      assertThat(SurnameStrokeOrder.surnameOf(surname + "伟")).isEqualTo(surname);
    }
  }

  @Test
  void demoSurnamesInStrokeOrderBeginWithTheFewestStrokes() {
    List<String> surnames = new ArrayList<>(ChineseNames.SURNAMES.keySet());
    surnames.sort(SurnameStrokeOrder.names());
    // 丁 (2 strokes); 3 strokes: 于 112, 万 153, 上(官) 211, 马 551; then 4 strokes from 王 1121.
    assertThat(surnames.subList(0, 6)).containsExactly("丁", "于", "万", "上官", "马", "王");
  }

  @Test
  void generatedNamesCanAllBeOrdered() {
    ChineseNames names = new ChineseNames(new SplittableRandom(3));
    List<String> sample = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      sample.add(names.person(i % 2 == 0 ? cn.congress.nomination.organization.MemberAttributes.Gender.FEMALE
          : cn.congress.nomination.organization.MemberAttributes.Gender.MALE));
    }
    List<String> sorted = SurnameStrokeOrder.sorted(sample, n -> n);
    assertThat(sorted).hasSameSizeAs(sample).containsExactlyInAnyOrderElementsOf(sample);
  }
}
