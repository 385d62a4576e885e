package cn.congress.nomination.congress;

import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.platform.Violation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CountingDutiesTest {

  static final Set<String> COUNTERS = Set.of("counter-a", "counter-b", "counter-c");
  static final Set<String> SCRUTINEERS = Set.of("scrutineer-a", "scrutineer-b");

  @Test
  void twoEntriesByTwoDifferentCounters_theSameCounterTwiceIsRefused() {
    assertThat(CountingDuties.mayEnter("counter-a", COUNTERS, List.of())).isEmpty();
    assertThat(CountingDuties.mayEnter("counter-a", COUNTERS, List.of("counter-a")))
        .extracting(Violation::field, Violation::rule).containsExactly(
            org.assertj.core.groups.Tuple.tuple("counter", CountingDuties.RULE_SECOND_COUNTER));
    assertThat(CountingDuties.mayEnter("counter-b", COUNTERS, List.of("counter-a"))).isEmpty();
    assertThat(CountingDuties.mayEnter("counter-c", COUNTERS, List.of("counter-a", "counter-b")))
        .extracting(Violation::rule).containsExactly(CountingDuties.RULE_TWO_ENTRIES);
  }

  @Test
  void onlyAppointedCountersEnter() {
    assertThat(CountingDuties.mayEnter("scrutineer-a", COUNTERS, List.of()))
        .extracting(Violation::rule).containsExactly(CountingDuties.RULE_APPOINTED_COUNTER);
  }

  @Test
  void aScrutineerWhoCountedIsRefused() {
    Set<String> scrutineers = Set.of("scrutineer-a", "counter-a"); // appointed both ways by mistake
    assertThat(CountingDuties.mayScrutinize("counter-a", scrutineers, List.of("counter-a", "counter-b")))
        .extracting(Violation::rule).containsExactly(CountingDuties.RULE_SCRUTINEER_NOT_COUNTER);
    assertThat(CountingDuties.mayScrutinize("counter-b", SCRUTINEERS, List.of("counter-a", "counter-b")))
        .extracting(Violation::rule).containsExactly(CountingDuties.RULE_APPOINTED_SCRUTINEER,
            CountingDuties.RULE_SCRUTINEER_NOT_COUNTER);
    assertThat(CountingDuties.mayScrutinize("scrutineer-a", SCRUTINEERS, List.of("counter-a", "counter-b"))).isEmpty();
  }

  @Test
  void countersAndScrutineersAreDifferentPeople() {
    assertThat(CountingDuties.checkAppointment(List.of("a", "b"), List.of("b", "c")))
        .extracting(Violation::field, Violation::rule).containsExactly(
            org.assertj.core.groups.Tuple.tuple("scrutineers", CountingDuties.RULE_STAFF_DISJOINT));
    assertThat(CountingDuties.checkAppointment(List.of("a"), List.of()))
        .extracting(Violation::field).containsExactly("counters", "scrutineers");
    assertThat(CountingDuties.checkAppointment(List.of("a", "b"), List.of("c"))).isEmpty();
  }
}
