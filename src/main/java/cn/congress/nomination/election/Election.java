package cn.congress.nomination.election;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One election as configured: the immutable aggregate later stages read through {@link Elections#get(String)}.
 * A stored election is complete (defaults applied, validated).
 */
public record Election(String id, String electoralUnitId, String name, String congressName, LocalDate electionDate,
                       int seats, NominationMode nominationMode, int publicityWorkingDays, ElectionStatus status,
                       List<Margin> margins, List<IdentityCategory> identityCategories,
                       List<StructureRule> structureRules, List<UnitSeats> unitSeats, List<Deadline> schedule,
                       Quorum quorum, Threshold threshold, boolean targetsNeedUpperConsent) {

  /** An election whose inspection targets need the upper committee's consent (the default). */
  public Election(String id, String electoralUnitId, String name, String congressName, LocalDate electionDate,
                  int seats, NominationMode nominationMode, int publicityWorkingDays, ElectionStatus status,
                  List<Margin> margins, List<IdentityCategory> identityCategories,
                  List<StructureRule> structureRules, List<UnitSeats> unitSeats, List<Deadline> schedule,
                  Quorum quorum, Threshold threshold) {
    this(id, electoralUnitId, name, congressName, electionDate, seats, nominationMode, publicityWorkingDays, status,
        margins, identityCategories, structureRules, unitSeats, schedule, quorum, threshold, true);
  }

  public Election {
    margins = immutable(margins);
    identityCategories = immutable(identityCategories);
    structureRules = immutable(structureRules);
    unitSeats = immutable(unitSeats);
    schedule = immutable(schedule);
  }

  public Optional<Margin> margin(Stage stage) {
    return margins.stream().filter(m -> m.stage() == stage).findFirst();
  }

  public Optional<IdentityCategory> category(String code) {
    return identityCategories.stream().filter(c -> c.code().equals(code)).findFirst();
  }

  /** The identity definition by code, in its configured order. */
  public Map<String, IdentityCategory> definition() {
    Map<String, IdentityCategory> byCode = new LinkedHashMap<>();
    identityCategories.forEach(c -> byCode.put(c.code(), c));
    return Collections.unmodifiableMap(byCode);
  }

  public List<StructureRule> rules(RuleScope scope) {
    return structureRules.stream().filter(r -> r.scope() == scope).toList();
  }

  /** The step's own deadline, or for an optional step without one the deadline of the step it is due with. */
  public Optional<LocalDate> deadline(ScheduleStep step) {
    Optional<LocalDate> own = schedule.stream().filter(d -> d.step() == step).map(Deadline::dueOn).findFirst();
    return own.isPresent() || step.dueWith() == step ? own : deadline(step.dueWith());
  }

  /** The seats a recommending unit nominates against: its allocation, or under full-quota nomination all the seats. */
  public OptionalInt seatsOf(String recommendingUnitId) {
    Optional<UnitSeats> allocated = unitSeats.stream().filter(u -> u.organizationId().equals(recommendingUnitId)).findFirst();
    if (allocated.isPresent()) return OptionalInt.of(allocated.get().seats());
    return nominationMode == NominationMode.FULL_QUOTA ? OptionalInt.of(seats) : OptionalInt.empty();
  }

  /**
   * The fewest names a stage's list must hold: at INSPECTION over the initial candidates' number, elsewhere over the
   * seats. RECOMMENDATION is per unit: see {@link #requiredNamesOf(String)}.
   */
  public int requiredNames(Stage stage) {
    if (stage == Stage.RECOMMENDATION) throw new IllegalArgumentException("推荐阶段按推荐单位计算：requiredNamesOf(unitId)");
    int base = stage == Stage.INSPECTION ? requiredNames(Stage.INITIAL_CANDIDATES) : seats;
    return margin(stage).map(m -> m.minimumNames(base)).orElse(base);
  }

  public int requiredNamesOf(String recommendingUnitId) {
    int base = seatsOf(recommendingUnitId).orElseThrow(
        () -> new IllegalArgumentException("推荐单位 " + recommendingUnitId + " 未分配名额"));
    return margin(Stage.RECOMMENDATION).map(m -> m.minimumNames(base)).orElse(base);
  }

  private static <T> List<T> immutable(List<T> list) {
    return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
  }
}
