package cn.congress.nomination.demo;

import static cn.congress.nomination.demo.DemoScenario.*;

import cn.congress.nomination.demo.DemoUsers.DemoUser;
import cn.congress.nomination.demo.DistrictTree.Branch;
import cn.congress.nomination.organization.Member;
import cn.congress.nomination.organization.MemberAttributes.CadreLevel;
import cn.congress.nomination.organization.MemberAttributes.Membership;
import cn.congress.nomination.organization.MemberAttributes.Sanction;
import cn.congress.nomination.organization.Organization;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * Builds the demo district from a seed: the tree, the members of every branch (leaders in each unit's office branch,
 * heads of some institutions), a handful under sanction or investigation, and the logins. Same seed, same district.
 */
final class DemoDistrictGenerator {
  private DemoDistrictGenerator() {}

  /** Profiles whose branches are often led by a division-level head (a bureau, a school, a hospital, a company). */
  private static final List<BranchProfile> HEADED = List.of(BranchProfile.ORGAN, BranchProfile.POLICE,
      BranchProfile.INSTITUTION, BranchProfile.SCHOOL, BranchProfile.HOSPITAL, BranchProfile.STATE_ENTERPRISE,
      BranchProfile.FINANCE);
  private static final List<Sanction> SANCTIONS = List.of(Sanction.WARNING, Sanction.SERIOUS_WARNING,
      Sanction.REMOVAL_FROM_POST, Sanction.PROBATION);

  static DemoData generate(long seed) {
    return generate(seed, 0);
  }

  /** The district at another size: {@code branches} branches in all (0: the scenario's own size). */
  static DemoData generate(long seed, int branches) {
    // Independent streams per part: a change in how members are drawn leaves the tree (and its ids) as it was.
    SplittableRandom root = new SplittableRandom(seed);
    DistrictTree tree = DistrictTree.generate(root.split(), branches);
    SplittableRandom memberRandom = root.split();
    List<Member> members = discipline(populate(tree.branches(), memberRandom, new MemberFactory(memberRandom)),
        memberRandom);
    return new DemoData(tree.organizations(), members,
        DemoUsers.of(tree.organizations(), members, root.split()));
  }

  /**
   * The same district a slice of branches at a time, for sizes whose members do not fit in memory at once (100,000
   * branches: 3 million members). With one slice it is {@link #generate(long, int)}'s district; with more, the members
   * are drawn in the same order and the handful under sanction or investigation are picked in the first slice.
   */
  static Sliced sliced(long seed, int branches, int branchesPerSlice) {
    SplittableRandom root = new SplittableRandom(seed);
    DistrictTree tree = DistrictTree.generate(root.split(), branches);
    SplittableRandom memberRandom = root.split();
    List<DemoUser> staff = DemoUsers.staff(tree.organizations(), root.split());
    // In one slice the discipline draws follow the members' (as in generate); in several, a stream of their own, so
    // that the members of later slices are drawn exactly as in one.
    SplittableRandom disciplineRandom = branchesPerSlice >= tree.branches().size() ? memberRandom
        : root.split();
    return new Sliced(tree.organizations(), staff, tree.branches(), memberRandom, disciplineRandom, branchesPerSlice);
  }

  /** The tree and the logins that need no member, then the members (with their branches' secretaries) by slice. */
  static final class Sliced {
    private final List<Organization> organizations;
    private final List<DemoUser> staff;
    private final List<Branch> branches;
    private final SplittableRandom random;
    private final SplittableRandom disciplineRandom;
    private final MemberFactory factory;
    private final int perSlice;
    private int next;

    private Sliced(List<Organization> organizations, List<DemoUser> staff, List<Branch> branches,
                   SplittableRandom random, SplittableRandom disciplineRandom, int perSlice) {
      this.organizations = organizations;
      this.staff = staff;
      this.branches = branches;
      this.random = random;
      this.disciplineRandom = disciplineRandom;
      this.factory = new MemberFactory(random);
      this.perSlice = perSlice;
    }

    List<Organization> organizations() {
      return organizations;
    }

    /** The fixed posts and the staff of the units and committees. */
    List<DemoUser> staff() {
      return staff;
    }

    boolean hasNext() {
      return next < branches.size();
    }

    /** The next slice's members and its branches' secretaries. */
    DemoData next() {
      List<Branch> slice = branches.subList(next, Math.min(branches.size(), next + perSlice));
      List<Member> members = populate(slice, random, factory);
      if (next == 0) members = discipline(members, disciplineRandom);
      next += slice.size();
      return new DemoData(List.of(), members, DemoUsers.secretaries(slice.stream().map(Branch::organization)
          .toList(), members));
    }
  }

  private static List<Member> populate(List<Branch> branches, SplittableRandom random, MemberFactory factory) {
    List<Member> members = new ArrayList<>();
    for (Branch branch : branches) {
      int size = between(random, branch.profile().minSize, branch.profile().maxSize);
      int bureau = 0;
      int division = 0;
      if (branch.leadership()) {
        bureau = between(random, MIN_BUREAU_PER_UNIT, MAX_BUREAU_PER_UNIT);
        division = between(random, MIN_DIVISION_PER_UNIT, MAX_DIVISION_PER_UNIT);
        size = Math.max(size, bureau + division + 10);
      } else if (HEADED.contains(branch.profile()) && random.nextInt(100) < 30) {
        division = 1;
      }
      for (int i = 0; i < size; i++) {
        CadreLevel level = i < bureau ? CadreLevel.BUREAU
            : i < bureau + division ? CadreLevel.DIVISION : CadreLevel.NONE;
        members.add(factory.create(branch, level));
      }
    }
    return members;
  }

  /**
   * Puts a handful of members under a sanction — every other one still in effect on {@link DemoScenario#AS_OF}, the
   * rest ended — and a few under investigation, one of them a leader.
   */
  private static List<Member> discipline(List<Member> members, SplittableRandom random) {
    List<Member> result = new ArrayList<>(members);
    Predicate<Member> ordinary = m -> m.membership() == Membership.FULL && !m.isLeadingCadre()
        && m.sanction() == Sanction.NONE && !m.underInvestigation();
    for (int k = 0; k < SANCTIONED; k++) {
      int i = pick(result, ordinary, random);
      LocalDate ends = k % 2 == 0 ? AS_OF.plusDays(between(random, 30, 400))
          : AS_OF.minusDays(between(random, 30, 700));
      result.set(i, with(result.get(i), SANCTIONS.get(k % SANCTIONS.size()), ends, false));
    }
    for (int k = 0; k < UNDER_INVESTIGATION; k++) {
      Predicate<Member> who = k == 0 ? m -> m.cadreLevel() == CadreLevel.DIVISION && !m.underInvestigation() : ordinary;
      int i = pick(result, who, random);
      Member m = result.get(i);
      result.set(i, with(m, m.sanction(), m.sanctionEndsOn(), true));
    }
    return result;
  }

  private static int pick(List<Member> members, Predicate<Member> fits, SplittableRandom random) {
    while (true) {
      int i = random.nextInt(members.size());
      if (fits.test(members.get(i))) return i;
    }
  }

  private static Member with(Member m, Sanction sanction, LocalDate endsOn, boolean underInvestigation) {
    return new Member(m.id(), m.organizationId(), m.name(), m.gender(), m.ethnicity(), m.birthDate(), m.joinedOn(),
        m.membership(), m.education(), m.unitType(), m.sector(), m.cadreLevel(), m.occupation(), m.honourLevel(),
        m.honour(), sanction, endsOn, underInvestigation, m.enterpriseEmployee(), m.financeEmployee(),
        m.migrantWorker());
  }

  private static int between(SplittableRandom random, int min, int max) {
    return min + random.nextInt(max - min + 1);
  }
}
