package cn.congress.nomination.nomination;

import static cn.congress.nomination.nomination.Nominees.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.congress.nomination.election.CategorizedMember;
import cn.congress.nomination.election.Election;
import cn.congress.nomination.election.ElectionStatus;
import cn.congress.nomination.election.NominationMode;
import cn.congress.nomination.organization.MemberAttributes.*;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NomineePoliciesTest {

  private static List<Rejection> rejections(NomineeContext nominee) {
    return NomineePolicies.check(nominee, NomineePolicies.all());
  }

  private static List<String> rules(NomineeContext nominee) {
    return rejections(nominee).stream().map(Rejection::rule).toList();
  }

  @Test
  void anEligibleNomineeKeepsEveryRule() {
    assertThat(rejections(context(eligible()))).isEmpty();
    assertThat(rejections(context(eligible(), null, BRANCH_PATH))).as("no category assigned yet").isEmpty();
  }

  @Test
  void aProbationaryMemberIsRefusedByName() {
    var probationary = member(Membership.PROBATIONARY, CadreLevel.NONE, LocalDate.of(1990, 1, 1), Sanction.NONE, null,
        false);
    assertThat(rejections(context(probationary))).singleElement().satisfies(r -> {
      assertThat(r.rule()).isEqualTo("FULL_MEMBER");
      assertThat(r.memberId()).isEqualTo("m-7");
      assertThat(r.person()).isEqualTo("李四");
      assertThat(r.reason()).isEqualTo("李四（m-7）是预备党员，不能被推荐为代表人选");
    });
  }

  @Test
  void aSanctionEndingTheDayBeforeTheElectionPasses_endingOnElectionDayRefuses() {
    var endedBefore = member(Membership.FULL, CadreLevel.NONE, LocalDate.of(1980, 3, 1), Sanction.WARNING,
        ELECTION_DATE.minusDays(1), false);
    var endsOnTheDay = member(Membership.FULL, CadreLevel.NONE, LocalDate.of(1980, 3, 1), Sanction.WARNING,
        ELECTION_DATE, false);
    assertThat(rules(context(endedBefore))).isEmpty();
    assertThat(rejections(context(endsOnTheDay))).singleElement().satisfies(r -> {
      assertThat(r.rule()).isEqualTo("NOT_SANCTIONED");
      assertThat(r.reason()).startsWith("李四（m-7）").contains("处分影响期", ELECTION_DATE.toString());
    });
  }

  @Test
  void aMemberUnderInvestigationIsRefused() {
    var investigated = member(Membership.FULL, CadreLevel.NONE, LocalDate.of(1980, 3, 1), Sanction.NONE, null, true);
    assertThat(rules(context(investigated))).containsExactly("NOT_UNDER_INVESTIGATION");
  }

  @Test
  void aNomineeOutsideTheElectoralUnitIsRefused_aSiblingPathWithTheSamePrefixToo() {
    assertThat(rules(context(eligible(), WORKER, "/uc/eu-2/ru-1/br-1/"))).containsExactly("WITHIN_ELECTORAL_UNIT");
    assertThat(rules(context(eligible(), WORKER, "/uc/eu-10/br-1/"))).containsExactly("WITHIN_ELECTORAL_UNIT");
    assertThat(rules(context(eligible(), WORKER, null))).containsExactly("WITHIN_ELECTORAL_UNIT");
    assertThat(rejections(context(eligible(), WORKER, "/uc/eu-2/br/")).get(0).reason()).startsWith("李四（m-7）");
  }

  @Test
  void aLeadingCadreLabelledWorkerIsRefused() {
    var cadre = member(Membership.FULL, CadreLevel.DIVISION, LocalDate.of(1975, 3, 1), Sanction.NONE, null, false);
    assertThat(rejections(context(cadre, WORKER, BRANCH_PATH))).singleElement().satisfies(r -> {
      assertThat(r.rule()).isEqualTo("IDENTITY_CONSISTENT");
      assertThat(r.reason()).isEqualTo("李四（m-7）是领导干部，不能界定为生产和工作第一线身份“工人”（顶帽子）");
    });
    assertThat(rules(context(cadre, BUREAU_LEADER, BRANCH_PATH))).isEmpty();
    assertThat(rules(context(cadre, OTHER, BRANCH_PATH))).isEmpty();
  }

  @Test
  void aLeaderCategoryWithoutCadreLevelIsRefused() {
    assertThat(rejections(context(eligible(), BUREAU_LEADER, BRANCH_PATH))).singleElement()
        .satisfies(r -> assertThat(r.reason()).isEqualTo("李四（m-7）不是领导干部，不能界定为“局级领导干部”"));
  }

  @Test
  void ageIsTakenAtTheElectionDate_theMinimumAndTheOptionalMaximumAreInclusive() {
    var eighteenOnElectionDay = member(Membership.FULL, CadreLevel.NONE, ELECTION_DATE.minusYears(18), Sanction.NONE,
        null, false);
    var eighteenTheDayAfter = member(Membership.FULL, CadreLevel.NONE, ELECTION_DATE.minusYears(18).plusDays(1),
        Sanction.NONE, null, false);
    assertThat(rules(context(eighteenOnElectionDay))).isEmpty();
    assertThat(rejections(context(eighteenTheDayAfter))).singleElement().satisfies(r -> {
      assertThat(r.rule()).isEqualTo("AGE_AT_ELECTION");
      assertThat(r.reason()).contains("李四（m-7）", "17 岁", "未满 18 岁");
    });

    var limits = new AgeLimits(18, 55);
    var fiftyFive = member(Membership.FULL, CadreLevel.NONE, ELECTION_DATE.minusYears(56).plusDays(1), Sanction.NONE,
        null, false);
    var fiftySix = member(Membership.FULL, CadreLevel.NONE, ELECTION_DATE.minusYears(56), Sanction.NONE, null, false);
    assertThat(NomineePolicies.check(context(fiftyFive), NomineePolicies.all(limits))).isEmpty();
    assertThat(NomineePolicies.check(context(fiftySix), NomineePolicies.all(limits))).singleElement()
        .satisfies(r -> assertThat(r.reason()).contains("56 岁", "超过 55 岁"));
    assertThat(rules(context(fiftySix))).as("no maximum unless the caller sets one").isEmpty();
  }

  @Test
  void ageLimitsMustBeOrdered() {
    assertThatThrownBy(() -> new AgeLimits(40, 30)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AgeLimits(-1, null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyBrokenRuleIsListed_inPolicyOrder() {
    var all = member(Membership.PROBATIONARY, CadreLevel.BUREAU, ELECTION_DATE.minusYears(17), Sanction.PROBATION,
        null, true);
    assertThat(rules(context(all, WORKER, "/elsewhere/"))).containsExactly("FULL_MEMBER", "NOT_SANCTIONED",
        "NOT_UNDER_INVESTIGATION", "WITHIN_ELECTORAL_UNIT", "IDENTITY_CONSISTENT", "AGE_AT_ELECTION");
  }

  @Test
  void theContextResolvesTheCategoryAndTheDateFromTheElection() {
    var election = new Election("el-1", "eu-1", "选举", "代表大会", ELECTION_DATE, 5, NominationMode.FULL_QUOTA, 5,
        ElectionStatus.ACTIVE, null, List.of(WORKER, BUREAU_LEADER), null, null, null, null, null);
    var context = NomineeContext.of(new CategorizedMember(eligible(), "WORKER"), election, UNIT_PATH, BRANCH_PATH);
    assertThat(context.assignedCategory()).contains(WORKER);
    assertThat(context.electionDate()).isEqualTo(ELECTION_DATE);
    assertThat(NomineeContext.of(new CategorizedMember(eligible(), null), election, UNIT_PATH, BRANCH_PATH)
        .assignedCategory()).isEmpty();
    assertThatThrownBy(() -> NomineeContext.of(new CategorizedMember(eligible(), "HERO"), election, UNIT_PATH,
        BRANCH_PATH)).hasMessageContaining("HERO");
  }
}
