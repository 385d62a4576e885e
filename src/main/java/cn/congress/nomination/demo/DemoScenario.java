package cn.congress.nomination.demo;

import java.time.LocalDate;

/**
 * The figures of the reference scenario (shared/scenarios/district-election.md) that shape the demo data. They live
 * here, in the demo data, and nowhere in the engine: the engine takes every such number as configuration.
 */
final class DemoScenario {
  private DemoScenario() {}

  /** Fixed seed: the demo is the same district on every machine and every start. */
  static final long SEED = 20170208L;

  /**
   * The day the data describe (ages, probationary members, sanctions in effect). A constant, not today, so that the
   * generator's output never depends on the clock; early February, when the plan's campaign starts.
   */
  static final LocalDate AS_OF = LocalDate.of(2026, 2, 1);

  static final String UPPER_COMMITTEE_ID = "city";
  static final String UPPER_COMMITTEE_NAME = "中共某市委员会";
  static final String DISTRICT_ID = "district";
  static final String DISTRICT_NAME = "中共某市某区委员会";

  /** The scenario's 23 recommending units directly under the district committee: 15 working committees (党工委) … */
  static final int WORKING_COMMITTEES = 15;
  /** … and 8 party committees (党委). */
  static final int PARTY_COMMITTEES = 8;
  static final int RECOMMENDING_UNITS = WORKING_COMMITTEES + PARTY_COMMITTEES;

  /** "Tens of branches" per unit; with the branch sizes of {@link BranchProfile} this gives about 30,000 members. */
  static final int MIN_BRANCHES_PER_UNIT = 20;
  static final int MAX_BRANCHES_PER_UNIT = 60;

  /**
   * Each unit reports 6 bureau-level and 3 division-level leaders among its names, so each unit's leadership branch
   * holds a few more than that of each level to choose from.
   */
  static final int MIN_BUREAU_PER_UNIT = 7;
  static final int MAX_BUREAU_PER_UNIT = 9;
  static final int MIN_DIVISION_PER_UNIT = 8;
  static final int MAX_DIVISION_PER_UNIT = 14;

  /** A handful of members under a party sanction (some in effect on {@link #AS_OF}); two under investigation. */
  static final int SANCTIONED = 12;
  static final int UNDER_INVESTIGATION = 2;

  /** The organization kinds the demo uses (organization.kind). */
  static final String KIND_PARTY_COMMITTEE = "PARTY_COMMITTEE";
  static final String KIND_WORKING_COMMITTEE = "WORKING_COMMITTEE";
  static final String KIND_GRASSROOTS_COMMITTEE = "GRASSROOTS_COMMITTEE";
  static final String KIND_GENERAL_BRANCH = "GENERAL_BRANCH";
  static final String KIND_BRANCH = "BRANCH";
}
