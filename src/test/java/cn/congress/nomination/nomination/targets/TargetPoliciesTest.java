package cn.congress.nomination.nomination.targets;

import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.candidate.Slate;
import cn.congress.nomination.election.Election;
import cn.congress.nomination.election.ReferenceElections;
import cn.congress.nomination.organization.MemberAttributes.*;
import cn.congress.nomination.platform.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TargetPoliciesTest {

  private static final Election ELECTION = ReferenceElections.district();
  private static final String UNIT_PATH = "/uc-city/eu-district/";
  private static final String BRANCH_PATH = UNIT_PATH + "ru-01/br-01/";

  private static Map<String, Slate.Entry> known(List<Targets.Person> people) {
    Map<String, Slate.Entry> known = new HashMap<>();
    people.forEach(p -> known.put(p.member().id(), new Slate.Entry(p.member(), p.category(), BRANCH_PATH)));
    return known;
  }

  private static List<String> ids(List<Targets.Person> people) {
    return people.stream().map(p -> p.member().id()).toList();
  }

  private static TargetSlate proposal(List<Targets.Person> people, List<String> ids, Set<String> pool) {
    return slate(people, ids, pool, null, Map.of());
  }

  private static TargetSlate slate(List<Targets.Person> people, List<String> ids, Set<String> pool,
                                   List<String> proposal, Map<String, String> reasons) {
    return new TargetSlate(new Slate(ELECTION, UNIT_PATH, TargetPolicies.LABEL, TargetPolicies.CODE_PREFIX,
        TargetPolicies.FIELD, ids, known(people), pool, Map.of()), proposal, reasons);
  }

  private static List<String> rules(TargetSlate slate) {
    return TargetPolicies.check(slate).stream().map(Violation::rule).toList();
  }

  @Test
  void theReferenceTwentyFourKeepEveryRule() {
    var people = Targets.reference("p", "br-01");
    assertThat(ELECTION.requiredNames(cn.congress.nomination.election.Stage.INSPECTION)).isEqualTo(24);
    assertThat(TargetPolicies.check(proposal(people, ids(people), Set.copyOf(ids(people))))).isEmpty();
  }

  @Test
  void twentyThreeTargetsBreakTheConfiguredCount() {
    var people = Targets.reference("p", "br-01");
    List<String> ids = ids(people).subList(0, 23);
    var violations = TargetPolicies.check(proposal(people, ids, Set.copyOf(ids(people))));
    assertThat(violations).extracting(Violation::rule).containsExactly("TARGET_COUNT");
    assertThat(violations.get(0).message()).contains("23 名", "24名", "应为 24 名");
  }

  @Test
  void twentyOneTargetsHaveNoMarginOverTheInitialCandidates() {
    var people = Targets.reference("p", "br-01");
    List<String> ids = ids(people).subList(0, 21);
    var violations = TargetPolicies.check(proposal(people, ids, Set.copyOf(ids(people))));
    assertThat(violations).extracting(Violation::rule).containsExactly("TARGET_COUNT", "TARGET_MARGIN");
    assertThat(violations.get(1).message()).isEqualTo("考察对象为 21 名，须多于代表候选人初步人选 21 名（差额考察）");
  }

  @Test
  void aNameNoUnitFiledIsRefusedByName_andAnUnknownIdAsSuch() {
    var people = Targets.reference("p", "br-01");
    Set<String> pool = new HashSet<>(ids(people));
    pool.remove("p-t05");
    List<String> ids = new ArrayList<>(ids(people));
    ids.set(23, "nobody");
    var violations = TargetPolicies.check(proposal(people, ids, pool));
    assertThat(violations).filteredOn(v -> v.rule().equals("TARGET_FROM_POOL")).extracting(Violation::message)
        .containsExactly("考察5（p-t05）不在推荐单位报送的推荐人选中，不能列为考察对象", "党员 nobody 不存在，不能列为考察对象");
  }

  @Test
  void duplicatesAreNamed() {
    var people = Targets.reference("p", "br-01");
    List<String> ids = new ArrayList<>(ids(people));
    ids.set(23, "p-t01");
    assertThat(rules(proposal(people, ids, Set.copyOf(ids(people))))).containsExactly("TARGET_DISTINCT");
  }

  @Test
  void ineligibleAndUncategorizedTargetsAreRefusedByName() {
    var people = new ArrayList<>(Targets.reference("p", "br-01"));
    var p1 = people.get(0).member();
    people.set(0, new Targets.Person(Targets.member(p1.id(), "br-01", p1.name(), Gender.FEMALE, "汉族",
        LocalDate.of(1980, 1, 1), CadreLevel.BUREAU, Occupation.CIVIL_SERVANT, Membership.PROBATIONARY),
        "BUREAU_LEADER"));
    var p2 = people.get(1).member();
    people.set(1, new Targets.Person(p2, null));
    var violations = TargetPolicies.check(proposal(people, ids(people), Set.copyOf(ids(people))));
    assertThat(violations).extracting(Violation::rule).containsExactly("FULL_MEMBER", "IDENTITY_ASSIGNED");
    assertThat(violations.get(0).message()).startsWith("考察1（p-t01）是预备党员");
    assertThat(violations.get(1).message()).isEqualTo("考察2（p-t02）尚未界定身份类别，不能列为考察对象");
  }

  @Test
  void aListFromWhichNoSixteenMeetTheStructureIsInfeasible() {
    var people = Targets.allMen(Targets.reference("p", "br-01"));
    var violations = TargetPolicies.check(proposal(people, ids(people), Set.copyOf(ids(people))));
    assertThat(violations).extracting(Violation::rule).containsExactly("STRUCTURE_INFEASIBLE");
    assertThat(violations.get(0).message()).contains("16 名", "妇女");
  }

  @Test
  void theDecisionNeedsAReasonForEachChangeAgainstTheProposal() {
    var people = new ArrayList<>(Targets.reference("p", "br-01"));
    people.add(new Targets.Person(Targets.member("p-t25", "br-01", "考察25", Gender.FEMALE, "汉族",
        LocalDate.of(1988, 1, 1), CadreLevel.NONE, Occupation.WORKER, Membership.FULL), "WORKER"));
    List<String> proposal = ids(people).subList(0, 24);
    List<String> decided = new ArrayList<>(proposal);
    decided.set(23, "p-t25");
    Set<String> pool = Set.copyOf(ids(people));
    var without = slate(people, decided, pool, proposal, Map.of());
    assertThat(TargetPolicies.check(without)).extracting(Violation::message).containsExactly(
        "考察25（p-t25）不在常委会提出的考察对象建议名单中，增列须说明理由",
        "考察24（p-t24）在常委会提出的考察对象建议名单中，调出须说明理由");
    var with = slate(people, decided, pool, proposal,
        Map.of("p-t25", "多数推荐单位建议增列", "p-t24", "本人工作变动"));
    assertThat(TargetPolicies.check(with)).isEmpty();
    var unchanged = slate(people, proposal, pool, proposal, Map.of());
    assertThat(TargetPolicies.check(unchanged)).isEmpty();
  }
}
