package cn.congress.nomination.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.platform.Violation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParticipationRatesTest {

  @Test
  void twentyNineOfThirtyIs96Point7Percent() {
    var rates = ParticipationRates.of(30, 29, 30);
    assertThat(rates.participation().fraction()).isEqualTo("29/30");
    assertThat(rates.participation().percent()).isEqualByComparingTo("96.7");
    assertThat(rates.participation()).hasToString("29/30（96.7%）");
    assertThat(rates.education().percent()).isEqualTo(new BigDecimal("100.0"));
    assertThat(rates.education().fraction()).isEqualTo("1/1");
  }

  @Test
  void fractionsAreReduced_percentRoundsHalfUp() {
    assertThat(ParticipationRates.of(8, 6, 0).participation().fraction()).isEqualTo("3/4");
    assertThat(ParticipationRates.of(8, 6, 0).education().fraction()).isEqualTo("0/1");
    assertThat(ParticipationRates.of(8, 6, 0).education().percent()).isEqualByComparingTo("0.0");
    assertThat(ParticipationRates.of(2000, 1999, 1).participation().percent()).isEqualByComparingTo("100.0");
    assertThat(ParticipationRates.of(2000, 1, 1).participation().percent()).isEqualByComparingTo("0.1");
  }

  @Test
  void fromAMeetingRecordEveryChannelCounts() {
    var meeting = new BranchMeetingRecord(30, BranchMeetingRulesTest.thirty(), List.of());
    assertThat(ParticipationRates.of(meeting, 29).participation().percent()).isEqualByComparingTo("100.0");
    assertThat(ParticipationRates.of(meeting, 29).education().percent()).isEqualByComparingTo("96.7");
  }

  @Test
  void nothingExpectedIsRefusedWithAClearError() {
    assertThatThrownBy(() -> ParticipationRates.of(0, 0, 0)).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.violations()).containsExactly(Violation.of("expected", "EXPECTED_POSITIVE",
            "expected：应到人数为 0，无法计算参与率和教育率")));
    assertThatThrownBy(() -> ParticipationRates.of(new BranchMeetingRecord(null, Map.of(), List.of()), 0))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void countsAboveExpectedOrNegativeAreRefused() {
    assertThatThrownBy(() -> ParticipationRates.of(30, 31, -1)).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.violations()).extracting(Violation::field, Violation::rule).containsExactly(
            org.assertj.core.groups.Tuple.tuple("participants", "WITHIN_EXPECTED"),
            org.assertj.core.groups.Tuple.tuple("educated", "NOT_NEGATIVE")));
  }
}
