package cn.congress.nomination.nomination.targets;

import cn.congress.nomination.candidate.Slates;
import cn.congress.nomination.election.Election;
import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.platform.Violation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Gathers what {@link TargetPolicies} judge (a {@link Slates slate} of the names over the pool, the proposal) and
 * refuses a list that breaks any rule, naming each person and rule; nothing is written then.
 */
@Component
class TargetRules {

  static final Slates.Naming NAMING = new Slates.Naming(TargetPolicies.LABEL, TargetPolicies.CODE_PREFIX,
      TargetPolicies.FIELD);

  private final Slates slates;

  TargetRules(Slates slates) {
    this.slates = slates;
  }

  /**
   * The slate of the given names. The identity category is the election's identity definition where assigned, else
   * the category the filing unit gave (the pool's).
   */
  TargetSlate slate(Election election, List<String> memberIds, List<PoolEntry> pool, List<String> proposal,
                    Map<String, String> changeReasons) {
    Map<String, String> filedCategory = new HashMap<>();
    pool.forEach(p -> filedCategory.put(p.memberId(), p.identityCategory()));
    Set<String> poolIds = pool.stream().map(PoolEntry::memberId).collect(Collectors.toSet());
    return new TargetSlate(slates.slate(election, NAMING, memberIds, poolIds, filedCategory,
        proposal == null ? List.of() : proposal), proposal, changeReasons);
  }

  /** Refuses the list (422 / a task that does not complete) with every violation. */
  void require(TargetSlate slate, TargetStage stage) {
    List<Violation> violations = TargetPolicies.check(slate);
    if (!violations.isEmpty()) {
      throw new ValidationException(stage.label() + "不符合规则，未保存：" + violations.stream()
          .map(Violation::message).collect(Collectors.joining("；")), violations);
    }
  }
}
