package cn.congress.nomination.demo;

import static cn.congress.nomination.demo.DemoScenario.AS_OF;

import cn.congress.nomination.demo.DistrictTree.Branch;
import cn.congress.nomination.organization.Member;
import cn.congress.nomination.organization.MemberAttributes;
import cn.congress.nomination.organization.MemberAttributes.*;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A plausible member of a given branch: gender, age, education and occupation follow the branch's profile, leaders
 * are few, honours rarer the higher they are, and dates are consistent (joined at 18 or later, probationary members
 * joined within the last year, all relative to {@link DemoScenario#AS_OF}).
 */
final class MemberFactory {

  /** Ethnic minorities and their relative weights among the minority members (about 8% of all). */
  private static final Weighted<String> MINORITIES = Weighted.of(
      "回族", 35, "满族", 25, "蒙古族", 12, "壮族", 8, "朝鲜族", 6, "土家族", 5, "苗族", 4, "藏族", 2, "维吾尔族", 2, "彝族", 1);
  private static final int MINORITY_PERCENT = 8;
  private static final int PROBATIONARY_PERMILLE = 42;

  private final SplittableRandom random;
  private final ChineseNames names;
  private int sequence;

  MemberFactory(SplittableRandom random) {
    this.random = random;
    this.names = new ChineseNames(random);
  }

  Member create(Branch branch, CadreLevel cadre) {
    BranchProfile profile = branch.profile();
    boolean leader = cadre != CadreLevel.NONE;
    Gender gender = percent(leader ? 20 : profile.womenPercent) ? Gender.FEMALE : Gender.MALE;
    boolean retired = !leader && percent(profile.retireesPercent);
    int age = leader ? between(cadre == CadreLevel.BUREAU ? 45 : 36, 58)
        : retired ? peaked(60, 85) : peaked(20, 59);
    LocalDate birth = AS_OF.minusYears(age).minusDays(random.nextInt(365));
    boolean probationary = !leader && !retired && random.nextInt(1000) < PROBATIONARY_PERMILLE;
    // Full members joined more than a year ago and at 18 or later: joinAge ≤ age − 2 keeps both true.
    LocalDate joined = probationary ? AS_OF.minusDays(between(20, 340))
        : birth.plusYears(Math.min(age - 2, 18 + Math.abs(peaked(-14, 14)))).plusDays(random.nextInt(365));
    Occupation occupation = retired ? Occupation.RETIRED : leader ? leaderOccupation(profile) : occupation(profile);
    Education education = leader ? (percent(40) ? Education.POSTGRADUATE : Education.UNIVERSITY)
        : education(profile, occupation, age);
    HonourLevel honour = retired ? HonourLevel.NONE : honourLevel(occupation);
    boolean enterprise = profile.unitType == UnitType.ENTERPRISE && !retired;
    boolean migrant = occupation == Occupation.WORKER
        && (profile == BranchProfile.ENTERPRISE ? percent(35) : profile == BranchProfile.COMMUNITY && percent(15));
    return new Member("m-%07d".formatted(++sequence), branch.organization().id(), names.person(gender), gender,
        percent(MINORITY_PERCENT) ? MINORITIES.pick(random) : MemberAttributes.HAN, birth, joined,
        probationary ? Membership.PROBATIONARY : Membership.FULL, education, profile.unitType, branch.sector(), cadre,
        occupation, honour, honour == HonourLevel.NONE ? null : honourTitle(honour, occupation, gender, profile),
        Sanction.NONE, null, false, enterprise, profile == BranchProfile.FINANCE && !retired, migrant);
  }

  private Occupation leaderOccupation(BranchProfile profile) {
    return profile.unitType == UnitType.PARTY_GOVERNMENT ? Occupation.CIVIL_SERVANT : Occupation.MANAGER;
  }

  private Occupation occupation(BranchProfile profile) {
    return switch (profile) {
      case COMMUNITY -> OCCUPATIONS_COMMUNITY.pick(random);
      case VILLAGE -> OCCUPATIONS_VILLAGE.pick(random);
      case ORGAN -> percent(90) ? Occupation.CIVIL_SERVANT : Occupation.OTHER;
      case POLICE -> Occupation.CIVIL_SERVANT;
      case ENTERPRISE, STATE_ENTERPRISE -> OCCUPATIONS_ENTERPRISE.pick(random);
      case FINANCE -> OCCUPATIONS_FINANCE.pick(random);
      case INSTITUTION, SCHOOL, HOSPITAL -> OCCUPATIONS_INSTITUTION.pick(random);
      case SOCIAL_ORGANIZATION -> OCCUPATIONS_SOCIAL.pick(random);
    };
  }

  private static final Weighted<Occupation> OCCUPATIONS_COMMUNITY = Weighted.of(Occupation.WORKER, 35,
      Occupation.OTHER, 35, Occupation.PROFESSIONAL_TECHNICAL, 15, Occupation.MANAGER, 15);
  private static final Weighted<Occupation> OCCUPATIONS_VILLAGE = Weighted.of(Occupation.FARMER, 85,
      Occupation.WORKER, 10, Occupation.OTHER, 5);
  private static final Weighted<Occupation> OCCUPATIONS_ENTERPRISE = Weighted.of(Occupation.WORKER, 45,
      Occupation.PROFESSIONAL_TECHNICAL, 35, Occupation.MANAGER, 20);
  private static final Weighted<Occupation> OCCUPATIONS_FINANCE = Weighted.of(Occupation.PROFESSIONAL_TECHNICAL, 60,
      Occupation.MANAGER, 30, Occupation.WORKER, 10);
  private static final Weighted<Occupation> OCCUPATIONS_INSTITUTION = Weighted.of(Occupation.PROFESSIONAL_TECHNICAL, 85,
      Occupation.MANAGER, 7, Occupation.WORKER, 4, Occupation.OTHER, 4);
  private static final Weighted<Occupation> OCCUPATIONS_SOCIAL = Weighted.of(Occupation.PROFESSIONAL_TECHNICAL, 40,
      Occupation.MANAGER, 20, Occupation.OTHER, 40);

  /**
   * Education by workplace; members over 60 went to school when fewer could, so they are one level lower.
   * Professional-technical staff have at least a college degree; workers and farmers at most one.
   */
  private Education education(BranchProfile profile, Occupation occupation, int age) {
    Weighted<Education> mix = switch (profile) {
      case INSTITUTION, SCHOOL, HOSPITAL, ORGAN, POLICE, FINANCE -> EDUCATION_PUBLIC;
      case ENTERPRISE, STATE_ENTERPRISE, SOCIAL_ORGANIZATION -> EDUCATION_ENTERPRISE;
      case COMMUNITY -> EDUCATION_COMMUNITY;
      case VILLAGE -> EDUCATION_VILLAGE;
    };
    Education education = mix.pick(random);
    if (age >= 60 && education.ordinal() > 0) education = Education.values()[education.ordinal() - 1];
    if (occupation == Occupation.PROFESSIONAL_TECHNICAL && education.compareTo(Education.COLLEGE) < 0) {
      return Education.COLLEGE;
    }
    if ((occupation == Occupation.WORKER || occupation == Occupation.FARMER)
        && education.compareTo(Education.COLLEGE) > 0) {
      return Education.COLLEGE;
    }
    return education;
  }

  private static final Weighted<Education> EDUCATION_PUBLIC = Weighted.of(Education.POSTGRADUATE, 25,
      Education.UNIVERSITY, 55, Education.COLLEGE, 18, Education.HIGH_SCHOOL, 2);
  private static final Weighted<Education> EDUCATION_ENTERPRISE = Weighted.of(Education.POSTGRADUATE, 8,
      Education.UNIVERSITY, 35, Education.COLLEGE, 30, Education.HIGH_SCHOOL, 20, Education.BELOW_HIGH_SCHOOL, 7);
  private static final Weighted<Education> EDUCATION_COMMUNITY = Weighted.of(Education.UNIVERSITY, 25,
      Education.COLLEGE, 30, Education.HIGH_SCHOOL, 30, Education.BELOW_HIGH_SCHOOL, 15);
  private static final Weighted<Education> EDUCATION_VILLAGE = Weighted.of(Education.UNIVERSITY, 8,
      Education.COLLEGE, 17, Education.HIGH_SCHOOL, 40, Education.BELOW_HIGH_SCHOOL, 35);

  /** Frontline people (workers, farmers, professional-technical staff) hold most honours. */
  private HonourLevel honourLevel(Occupation occupation) {
    boolean frontline = occupation == Occupation.WORKER || occupation == Occupation.FARMER
        || occupation == Occupation.PROFESSIONAL_TECHNICAL;
    int roll = random.nextInt(1000);
    if (frontline) {
      if (roll < 2) return HonourLevel.NATIONAL;
      if (roll < 12) return HonourLevel.PROVINCIAL;
      if (roll < 40) return HonourLevel.CITY;
      if (roll < 90) return HonourLevel.COUNTY;
      return HonourLevel.NONE;
    }
    if (roll < 5) return HonourLevel.PROVINCIAL;
    if (roll < 20) return HonourLevel.CITY;
    if (roll < 60) return HonourLevel.COUNTY;
    return HonourLevel.NONE;
  }

  private String honourTitle(HonourLevel level, Occupation occupation, Gender gender, BranchProfile profile) {
    String prefix = switch (level) {
      case NATIONAL -> "全国";
      case PROVINCIAL -> "省级";
      case CITY -> "市级";
      default -> "区级";
    };
    List<String> titles = new java.util.ArrayList<>(List.of("优秀共产党员", "先进工作者"));
    if (occupation == Occupation.WORKER || occupation == Occupation.FARMER) titles.addAll(List.of("劳动模范", "五一劳动奖章获得者"));
    if (occupation == Occupation.WORKER) titles.add("技术能手");
    if (profile == BranchProfile.SCHOOL) titles.add("优秀教师");
    if (profile == BranchProfile.HOSPITAL) titles.add("优秀医务工作者");
    if (gender == Gender.FEMALE) titles.add("三八红旗手");
    return prefix + titles.get(random.nextInt(titles.size()));
  }

  private boolean percent(int percent) {
    return random.nextInt(100) < percent;
  }

  private int between(int min, int max) {
    return min + random.nextInt(max - min + 1);
  }

  /** Between min and max, most often near the middle (the mean of two draws). */
  private int peaked(int min, int max) {
    return (between(min, max) + between(min, max) + random.nextInt(2)) / 2;
  }

  /** A value drawn by integer weights; a small table, fast enough for tens of thousands of draws. */
  record Weighted<T>(List<T> values, int[] cumulative) {
    @SuppressWarnings("unchecked")
    static <T> Weighted<T> of(Object... valueWeightPairs) {
      List<T> values = new java.util.ArrayList<>();
      int[] cumulative = new int[valueWeightPairs.length / 2];
      int total = 0;
      for (int i = 0; i < valueWeightPairs.length; i += 2) {
        values.add((T) valueWeightPairs[i]);
        total += (Integer) valueWeightPairs[i + 1];
        cumulative[i / 2] = total;
      }
      return new Weighted<>(List.copyOf(values), cumulative);
    }

    T pick(SplittableRandom random) {
      int roll = random.nextInt(cumulative[cumulative.length - 1]);
      int i = 0;
      while (cumulative[i] <= roll) i++;
      return values.get(i);
    }
  }
}
