package cn.congress.nomination.election;

import cn.congress.nomination.platform.Violation;
import java.util.List;

/** Runs every configuration policy and returns every violation (empty: the configuration may be stored). */
final class ElectionValidator {
  private ElectionValidator() {}

  static final List<ElectionPolicy> POLICIES = List.of(
      new GeneralPolicy(), new MarginPolicy(), new IdentityDefinitionPolicy(), new StructurePolicy(),
      new UnitSeatsPolicy(), new SchedulePolicy(), new VotingRulesPolicy());

  static List<Violation> validate(ElectionConfig config, ValidationContext context) {
    Violations violations = new Violations();
    POLICIES.forEach(policy -> policy.check(config, context, violations));
    return violations.list();
  }

  /** The seats when they are usable for further checks, else null (their own violation is reported once). */
  static Integer validSeats(ElectionConfig config) {
    return config.seats() != null && config.seats() > 0 ? config.seats() : null;
  }
}
