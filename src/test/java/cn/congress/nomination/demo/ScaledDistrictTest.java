package cn.congress.nomination.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.congress.nomination.organization.Member;
import cn.congress.nomination.organization.MemberAttributes.Sanction;
import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.organization.OrganizationType;
import java.util.ArrayList;
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

  /** The simulator's writer: one slice is the district itself; more slices draw the same members in the same order. */
  @Test
  void slicedDistrictIsTheSameDistrict() {
    DemoData whole = DemoDistrictGenerator.generate(DemoScenario.SEED, 1000);
    DemoDistrictGenerator.Sliced one = DemoDistrictGenerator.sliced(DemoScenario.SEED, 1000, 1000);
    assertThat(one.organizations()).isEqualTo(whole.organizations());
    DemoData only = one.next();
    assertThat(one.hasNext()).isFalse();
    assertThat(only.members()).isEqualTo(whole.members());
    List<DemoUsers.DemoUser> users = new ArrayList<>(one.staff());
    users.addAll(only.users());
    assertThat(users).containsExactlyInAnyOrderElementsOf(whole.users());

    DemoDistrictGenerator.Sliced sliced = DemoDistrictGenerator.sliced(DemoScenario.SEED, 1000, 300);
    List<Member> members = new ArrayList<>();
    List<DemoUsers.DemoUser> slicedUsers = new ArrayList<>(sliced.staff());
    int slices = 0;
    while (sliced.hasNext()) {
      DemoData slice = sliced.next();
      members.addAll(slice.members());
      slicedUsers.addAll(slice.users());
      slices++;
    }
    assertThat(slices).isEqualTo(4);
    assertThat(slicedUsers).containsExactlyInAnyOrderElementsOf(whole.users());
    // the same people; only who is under sanction or investigation is drawn differently (in the first slice)
    assertThat(members.stream().map(ScaledDistrictTest::withoutDiscipline).toList())
        .isEqualTo(whole.members().stream().map(ScaledDistrictTest::withoutDiscipline).toList());
    assertThat(members.stream().filter(Member::underInvestigation).count()).isEqualTo(DemoScenario.UNDER_INVESTIGATION);
    assertThat(members.stream().filter(m -> m.sanction() != Sanction.NONE).count())
        .isEqualTo(DemoScenario.SANCTIONED);
  }

  private static Member withoutDiscipline(Member m) {
    return new Member(m.id(), m.organizationId(), m.name(), m.gender(), m.ethnicity(), m.birthDate(), m.joinedOn(),
        m.membership(), m.education(), m.unitType(), m.sector(), m.cadreLevel(), m.occupation(), m.honourLevel(),
        m.honour(), Sanction.NONE, null, false, m.enterpriseEmployee(), m.financeEmployee(), m.migrantWorker());
  }

  @Test
  void fewerBranchesThanUnitsRefused() {
    assertThatThrownBy(() -> DemoDistrictGenerator.generate(DemoScenario.SEED, 22))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
