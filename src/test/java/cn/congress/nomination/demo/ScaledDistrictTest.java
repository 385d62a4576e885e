package cn.congress.nomination.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.organization.OrganizationType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The demo generator at another size: exactly the branches asked for, committees in proportion, no empty committee. */
class ScaledDistrictTest {

  @Test
  void branchesExactlyAsAsked_committeesInProportion_noneEmpty() {
    for (int branches : List.of(23, 200, 1000, 5003)) {
      DemoData data = DemoDistrictGenerator.generate(DemoScenario.SEED, branches);
      DemoDistrict.Summary summary = data.summary();
      assertThat(summary.branches()).as("branches of %d", branches).isEqualTo(branches);
      assertThat(summary.recommendingUnits()).isEqualTo(23);
      Set<String> parents = new HashSet<>();
      data.organizations().forEach(o -> parents.add(o.parentId()));
      List<Organization> committees = data.organizations().stream()
          .filter(o -> o.type() == OrganizationType.COMMITTEE).toList();
      assertThat(committees).allMatch(c -> parents.contains(c.id()));
      assertThat(data.users()).hasSize(12 + 2 * (23 + committees.size()) + branches);
    }
    long small = DemoDistrictGenerator.generate(DemoScenario.SEED, 1000).summary().committees();
    long large = DemoDistrictGenerator.generate(DemoScenario.SEED, 5003).summary().committees();
    assertThat(large).isGreaterThan(3 * small);
  }

  @Test
  void theScenariosOwnSizeIsUnchanged() {
    assertThat(DemoDistrictGenerator.generate(DemoScenario.SEED, 0).summary())
        .isEqualTo(DemoDistrictGenerator.generate(DemoScenario.SEED).summary());
  }

  @Test
  void fewerBranchesThanUnitsRefused() {
    assertThatThrownBy(() -> DemoDistrictGenerator.generate(DemoScenario.SEED, 22))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
