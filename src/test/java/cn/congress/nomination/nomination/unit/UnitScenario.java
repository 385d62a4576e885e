package cn.congress.nomination.nomination.unit;

import cn.congress.nomination.election.ElectionService;
import cn.congress.nomination.meeting.MeetingDraft;
import cn.congress.nomination.meeting.MeetingVote;
import cn.congress.nomination.meeting.RankedName;
import cn.congress.nomination.nomination.branch.BranchState;
import cn.congress.nomination.organization.Member;
import cn.congress.nomination.organization.MemberAttributes.*;
import cn.congress.nomination.organization.Members;
import cn.congress.nomination.organization.OrganizationGroups;
import cn.congress.nomination.organization.Organizations;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The unit's test data over {@link UnitFixture}: 19 members (m1–m5 in the committee's branch, the rest in the unit's own
 * branch) with identity categories — m1–m6 bureau leaders, m7–m9 division leaders, m10–m17 frontline, m18 OTHER, m19 a
 * probationary member — and the rankings the branches would produce.
 */
public final class UnitScenario {

  public final UnitFixture f;

  public UnitScenario(String prefix) {
    f = new UnitFixture(prefix);
  }

  public String m(int i) {
    return f.p + "m" + i;
  }

  public void insert(Organizations organizations, OrganizationGroups groups, Members members, ElectionService elections,
                     JdbcTemplate jdbc) {
    f.insertTree(organizations, groups);
    f.createElection(elections);
    List<Member> list = new ArrayList<>();
    for (int i = 1; i <= 19; i++) {
      CadreLevel cadre = i <= 6 ? CadreLevel.BUREAU : i <= 9 ? CadreLevel.DIVISION : CadreLevel.NONE;
      list.add(new Member(m(i), i <= 5 ? f.branchA : f.branchC, "人选" + i + "号", i % 2 == 0 ? Gender.FEMALE : Gender.MALE,
          "汉族", LocalDate.of(1970 + i, 3, 1), LocalDate.of(1995, 7, 1),
          i == 19 ? Membership.PROBATIONARY : Membership.FULL, Education.UNIVERSITY, UnitType.PUBLIC_INSTITUTION, null,
          cadre, i <= 9 ? Occupation.CIVIL_SERVANT : Occupation.WORKER, HonourLevel.NONE, null, Sanction.NONE, null,
          false, false, false, false));
    }
    members.insert(list);
    for (int i = 1; i <= 19; i++) {
      String category = i <= 6 ? "BUREAU_LEADER" : i <= 9 ? "DIVISION_LEADER" : i <= 17 || i == 19 ? "WORKER" : "OTHER";
      jdbc.update("insert into election_identity (election_id, member_id, category_code, evidence, assigned_by, "
          + "assigned_at) values (?, ?, ?, ?, ?, ?)", f.electionId, m(i), category, "任职文件", "test",
          Timestamp.from(Instant.now()));
    }
  }

  /** The committee's branches back m1–m5 and m18 (least). */
  public List<RankedName> committeeRanking() {
    List<RankedName> r = new ArrayList<>();
    for (int i = 1; i <= 5; i++) r.add(new RankedName(m(i), "人选" + i + "号", 1, 60 - i));
    r.add(new RankedName(m(18), "人选18号", 1, 5));
    return r;
  }

  /** The unit's subtree backs m1–m19, in that order. */
  public List<RankedName> unitRanking() {
    List<RankedName> r = new ArrayList<>();
    for (int i = 1; i <= 19; i++) r.add(new RankedName(m(i), "人选" + i + "号", 1, 100 - i));
    return r;
  }

  public List<BranchState> allSubmitted() {
    return List.of(new BranchState(f.branchA, "第一中学党支部", "SUBMITTED", Instant.now(), null),
        new BranchState(f.branchB, "第二中学党支部", "SUBMITTED", Instant.now(), null),
        new BranchState(f.branchC, "机关第一党支部", "SUBMITTED", Instant.now(), null));
  }

  public List<BranchState> oneLate(String status) {
    return List.of(new BranchState(f.branchA, "第一中学党支部", "SUBMITTED", Instant.now(), null),
        new BranchState(f.branchB, "第二中学党支部", status, null, "SENT_BACK".equals(status) ? "票数有误" : null),
        new BranchState(f.branchC, "机关第一党支部", "SUBMITTED", Instant.now(), null));
  }

  /** The committee selects m1–m5 (all 9 present). */
  public MeetingDraft committeeDraft() {
    List<MeetingVote> votes = new ArrayList<>();
    for (int i = 1; i <= 5; i++) votes.add(new MeetingVote(m(i), 9, true, null));
    votes.add(new MeetingVote(m(18), 1, false, null));
    return new MeetingDraft(9, 9, "同意人选1号至5号为本党委推荐人选", votes);
  }

  /** The unit selects m1–m17: 6 bureau, 3 division, 8 frontline. */
  public MeetingDraft unitDraft() {
    return unitDraft(17);
  }

  public MeetingDraft unitDraft(int count) {
    List<MeetingVote> votes = new ArrayList<>();
    for (int i = 1; i <= 19; i++) votes.add(new MeetingVote(m(i), i <= count ? 11 : 2, i <= count, null));
    return new MeetingDraft(11, 11, "确定人选1号至" + count + "号为本单位推荐人选", votes);
  }
}
