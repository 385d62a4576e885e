package cn.congress.nomination.congress;


import cn.congress.nomination.election.ElectionService;
import cn.congress.nomination.nomination.unit.UnitFixture;
import cn.congress.nomination.organization.Member;
import cn.congress.nomination.organization.MemberAttributes.CadreLevel;
import cn.congress.nomination.organization.MemberAttributes.Education;
import cn.congress.nomination.organization.MemberAttributes.Gender;
import cn.congress.nomination.organization.MemberAttributes.HonourLevel;
import cn.congress.nomination.organization.MemberAttributes.Membership;
import cn.congress.nomination.organization.MemberAttributes.Occupation;
import cn.congress.nomination.organization.MemberAttributes.Sanction;
import cn.congress.nomination.organization.MemberAttributes.UnitType;
import cn.congress.nomination.organization.Members;
import cn.congress.nomination.organization.OrganizationGroups;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.security.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.ApplicationContext;

/**
 * For the tests on the tables: a fixture's tree and election (16 seats), and members standing as its candidates —
 * the last {@code upper} of them the upper committee's nominees.
 */
final class ConferenceSetup {
  private ConferenceSetup() {}

  /**
   * Counters and scrutineers as the conference appoints them: logins holding the role (created when missing) and, for
   * each scrutineer, a full member of the fixture who is not a candidate ({@code <prefix>sm-<user>}).
   */
  static StaffAppointment staff(ApplicationContext context, UnitFixture f, List<String> counters, List<String> scrutineers) {
    IdentityService identity = context.getBean(IdentityService.class);
    counters.forEach(u -> login(identity, u, Role.COUNTER));
    scrutineers.forEach(u -> login(identity, u, Role.SCRUTINEER));
    Members members = context.getBean(Members.class);
    List<Member> voters = scrutineers.stream().filter(u -> members.find(f.p + "sm-" + u).isEmpty())
        .map(u -> member(f.p + "sm-" + u, f.branchB, "田" + u.charAt(u.length() - 1), Membership.FULL)).toList();
    if (!voters.isEmpty()) members.insert(voters);
    return new StaffAppointment(counters, scrutineers.stream().map(u -> new Scrutineer(u, f.p + "sm-" + u)).toList());
  }

  static void login(IdentityService identity, String userId, Role role) {
    if (identity.createUserQuery().userId(userId).count() == 0) {
      User user = identity.newUser(userId);
      user.setFirstName(userId);
      user.setLastName(role.label());
      user.setPassword("test-" + userId);
      identity.saveUser(user);
    }
    if (identity.createUserQuery().userId(userId).memberOfGroup(role.groupId()).count() == 0) {
      identity.createMembership(userId, role.groupId());
    }
  }

  static Member member(String id, String branch, String name, Membership membership) {
    return new Member(id, branch, name, Gender.FEMALE, "汉族", LocalDate.of(1980, 5, 1), LocalDate.of(2005, 7, 1),
        membership, Education.UNIVERSITY, UnitType.ENTERPRISE, null, CadreLevel.NONE, Occupation.WORKER, HonourLevel.NONE,
        null, Sanction.NONE, null, false, false, false, false);
  }

  static List<FormalCandidate> candidates(ApplicationContext context, UnitFixture f, int count, int upper) {
    f.insertTree(context.getBean(Organizations.class), context.getBean(OrganizationGroups.class));
    f.createElection(context.getBean(ElectionService.class));
    List<Member> people = new ArrayList<>();
    List<FormalCandidate> list = new ArrayList<>();
    for (FormalCandidate c : Papers.candidates(count)) {
      people.add(member(f.p + c.memberId(), f.branchA, c.name(), Membership.FULL));
      list.add(new FormalCandidate(f.p + c.memberId(), c.name(),
          list.size() >= count - upper ? SeatSource.UPPER_NOMINEE : SeatSource.ELECTORAL_UNIT));
    }
    context.getBean(Members.class).insert(people);
    return list;
  }
}
