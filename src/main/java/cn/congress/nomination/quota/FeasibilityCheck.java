package cn.congress.nomination.quota;

import cn.congress.nomination.election.CategorizedMember;
import cn.congress.nomination.election.Election;
import cn.congress.nomination.election.IdentityCategory;
import cn.congress.nomination.election.RuleScope;
import cn.congress.nomination.election.Share;
import cn.congress.nomination.election.StructureRule;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Structure feasibility of a slate: can SOME {@code seats} of its candidates meet every structure rule? Plain Java;
 * the same rules, selectors and counting (nested rules within their parent's selection) as {@link
 * cn.congress.nomination.election.StructureEvaluator}, which checks one given set of people.
 */
public final class FeasibilityCheck {

  /** Per solver question; the profile model answers in milliseconds, so hitting this means something is wrong. */
  static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(10);

  private final List<StructureRule> rules;
  private final Map<String, IdentityCategory> definition;
  private final LocalDate electionDate;
  private final Map<String, Share> localShares;
  private final Duration timeLimit;

  /**
   * @param localShares for each rule compared with the local members, that selector's share among them (see
   *                    {@code StructureEvaluator.localShares}); may be empty when no rule needs it
   */
  public FeasibilityCheck(List<StructureRule> rules, Map<String, IdentityCategory> definition, LocalDate electionDate,
                          Map<String, Share> localShares) {
    this(rules, definition, electionDate, localShares, DEFAULT_TIME_LIMIT);
  }

  FeasibilityCheck(List<StructureRule> rules, Map<String, IdentityCategory> definition, LocalDate electionDate,
                   Map<String, Share> localShares, Duration timeLimit) {
    this.rules = List.copyOf(rules);
    this.definition = Map.copyOf(definition);
    this.electionDate = electionDate;
    this.localShares = Map.copyOf(localShares);
    this.timeLimit = timeLimit;
  }

  /** The election's delegate rules: every slate of candidates for the delegates is held to them. */
  public static FeasibilityCheck forDelegates(Election election, Map<String, Share> localShares) {
    return new FeasibilityCheck(election.rules(RuleScope.DELEGATES), election.definition(), election.electionDate(),
        localShares);
  }

  /**
   * Decides the slate. When feasible, also names the pivotal candidates and the rules without slack.
   *
   * @throws IllegalArgumentException for seats below one, a candidate listed twice, or a missing local share
   */
  public FeasibilityReport check(Collection<CategorizedMember> slate, int seats) {
    if (seats < 1) throw new IllegalArgumentException("应选名额应至少为1名，实为" + seats);
    requireDistinct(slate);
    Profiles profiles = Profiles.of(slate, RuleNode.flatten(rules, seats, localShares), definition, electionDate);
    SlateModel model = new SlateModel(profiles, timeLimit);
    ConflictFinder conflicts = new ConflictFinder(model, profiles);
    Question all = Question.all(seats, profiles);
    var selection = model.solve(all);
    if (selection.isEmpty()) return FeasibilityReport.infeasible(conflicts.explain(all));
    List<String> chosen = profiles.members(selection.get()).stream().map(c -> c.member().id()).toList();
    return new FeasibilityReport(true, List.of(), chosen,
        new PivotalFinder(model, profiles, conflicts).find(all, selection.get()),
        new SlackFinder(model, profiles).find(all));
  }

  private static void requireDistinct(Collection<CategorizedMember> slate) {
    Set<String> seen = new HashSet<>();
    for (CategorizedMember c : slate) {
      if (!seen.add(c.member().id())) {
        throw new IllegalArgumentException("候选人 " + c.member().name() + "（" + c.member().id() + "）在名单中重复");
      }
    }
  }
}
