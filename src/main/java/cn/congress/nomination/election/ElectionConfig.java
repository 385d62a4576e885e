package cn.congress.nomination.election;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An election's configuration as the API receives it (see docs/election-configuration.md). Anything may be missing or
 * wrong here: the validator reports it; {@link #toElection} is called only on a valid configuration.
 */
public record ElectionConfig(String id, String electoralUnitId, String name, String congressName, LocalDate electionDate,
                      Integer seats, NominationMode nominationMode, Integer publicityWorkingDays, List<Margin> margins,
                      List<IdentityCategory> identityCategories, List<StructureRule> structureRules,
                      List<UnitSeats> unitSeats, List<Deadline> schedule, Quorum quorum, Threshold threshold,
                      Boolean targetsNeedUpperConsent) {

  public ElectionConfig(String id, String electoralUnitId, String name, String congressName, LocalDate electionDate,
                        Integer seats, NominationMode nominationMode, Integer publicityWorkingDays, List<Margin> margins,
                        List<IdentityCategory> identityCategories, List<StructureRule> structureRules,
                        List<UnitSeats> unitSeats, List<Deadline> schedule, Quorum quorum, Threshold threshold) {
    this(id, electoralUnitId, name, congressName, electionDate, seats, nominationMode, publicityWorkingDays, margins,
        identityCategories, structureRules, unitSeats, schedule, quorum, threshold, null);
  }

  static final int DEFAULT_PUBLICITY_WORKING_DAYS = 5;

  public ElectionConfig {
    margins = orEmpty(margins);
    identityCategories = orEmpty(identityCategories);
    structureRules = orEmpty(structureRules);
    unitSeats = orEmpty(unitSeats);
    schedule = orEmpty(schedule);
  }

  int publicityWorkingDaysOrDefault() {
    return publicityWorkingDays == null ? DEFAULT_PUBLICITY_WORKING_DAYS : publicityWorkingDays;
  }

  ElectionConfig withId(String newId) {
    return new ElectionConfig(newId, electoralUnitId, name, congressName, electionDate, seats, nominationMode,
        publicityWorkingDays, margins, identityCategories, structureRules, unitSeats, schedule, quorum, threshold,
        targetsNeedUpperConsent);
  }

  ElectionConfig withSchedule(List<Deadline> newSchedule) {
    return new ElectionConfig(id, electoralUnitId, name, congressName, electionDate, seats, nominationMode,
        publicityWorkingDays, margins, identityCategories, structureRules, unitSeats, newSchedule, quorum, threshold);
  }

  ElectionConfig withElectoralUnit(String unitId) {
    return new ElectionConfig(id, unitId, name, congressName, electionDate, seats, nominationMode,
        publicityWorkingDays, margins, identityCategories, structureRules, unitSeats, schedule, quorum, threshold,
        targetsNeedUpperConsent);
  }

  /** The stored form: defaults filled in (strict false, COUNT rules, children in their parent's scope). */
  Election toElection(ElectionStatus status) {
    return new Election(id, electoralUnitId, name.trim(), congressName.trim(), electionDate, seats, nominationMode,
        publicityWorkingDaysOrDefault(), status,
        margins.stream().map(m -> new Margin(m.stage(), m.kind(), m.kind() == MarginKind.RATIO ? m.ratio() : null,
            m.kind() == MarginKind.RATIO ? m.strictBound() : null, m.kind() == MarginKind.RATIO ? null : m.count())).toList(),
        identityCategories.stream().map(c -> new IdentityCategory(c.code(), c.name().trim(), c.kind(), c.needsEvidence())).toList(),
        structureRules.stream().map(r -> normalized(r, r.scope() == null ? RuleScope.DELEGATES : r.scope())).toList(),
        unitSeats, schedule.stream().sorted((a, b) -> a.step().compareTo(b.step())).toList(),
        new Quorum(quorum.numerator(), quorum.denominator(), quorum.strictBound()),
        new Threshold(threshold.numerator(), threshold.denominator(), threshold.strictBound(), threshold.basis()),
        !Boolean.FALSE.equals(targetsNeedUpperConsent));
  }

  static ElectionConfig of(Election e) {
    return new ElectionConfig(e.id(), e.electoralUnitId(), e.name(), e.congressName(), e.electionDate(), e.seats(),
        e.nominationMode(), e.publicityWorkingDays(), e.margins(), e.identityCategories(), e.structureRules(),
        e.unitSeats(), e.schedule(), e.quorum(), e.threshold(), e.targetsNeedUpperConsent());
  }

  private static StructureRule normalized(StructureRule r, RuleScope scope) {
    RuleKind kind = r.kindOrCount();
    boolean share = kind == RuleKind.SHARE;
    return new StructureRule(r.code(), r.label().trim(), scope, kind, r.selectorOrEveryone(),
        share ? null : r.min(), share ? null : r.max(), share && r.basis() == ShareBasis.FIXED ? r.share() : null,
        share ? r.strictBound() : null, share ? r.basis() : null,
        r.children().stream().map(c -> normalized(c, scope)).toList());
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
  }
}
