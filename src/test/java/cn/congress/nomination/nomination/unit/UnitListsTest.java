package cn.congress.nomination.nomination.unit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.nomination.unit.UnitLists.FiledName;
import cn.congress.nomination.organization.OrganizationGroups;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class UnitListsTest {

  @Autowired UnitLists lists;
  @Autowired Organizations organizations;
  @Autowired OrganizationGroups groups;

  @Test
  void poolHoldsTheFiledListsInTreeAndRankOrder() {
    UnitFixture f = new UnitFixture("ult-");
    f.insertTree(organizations, groups);
    lists.store(f.electionId, f.emptyUnit, null, "工作总结", List.of(
        new FiledName(f.emptyUnit, "m-21", 1, "WORKER", 1, 12)), "ult-ru-2-staff");
    lists.store(f.electionId, f.unit, null, "工作总结", List.of(
        new FiledName(f.unit, "m-2", 2, "DIVISION_LEADER", 2, 30),
        new FiledName(f.unit, "m-1", 1, "BUREAU_LEADER", 3, 50)), "ult-ru-1-staff");
    assertThat(lists.pool(f.electionId)).extracting(FiledName::unitId, FiledName::memberId).containsExactly(
        org.assertj.core.groups.Tuple.tuple(f.unit, "m-1"), org.assertj.core.groups.Tuple.tuple(f.unit, "m-2"),
        org.assertj.core.groups.Tuple.tuple(f.emptyUnit, "m-21"));

    assertThat(lists.returnList(f.electionId, f.emptyUnit, "qu-zzb", "结构不符")).isTrue();
    assertThat(lists.pool(f.electionId)).extracting(FiledName::unitId).containsOnly(f.unit);
    assertThat(lists.find(f.electionId, f.emptyUnit).orElseThrow().status()).isEqualTo("RETURNED");
    assertThat(lists.pool("no-such-election")).isEmpty();
  }
}
