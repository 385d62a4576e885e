package cn.congress.nomination.quota;

import cn.congress.nomination.quota.Question.Side;
import cn.congress.nomination.quota.SlackWarning.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rules without slack in a feasible slate. SUPPLY: exactly as many qualifying names as the minimum, so losing any one
 * of them (withdrawal, objection, vote) breaks the rule. BINDING: no selection meeting all rules has even one person to
 * spare on this rule's bound, because other rules squeeze it.
 */
final class SlackFinder {

  private final SlateModel model;
  private final Profiles profiles;

  SlackFinder(SlateModel model, Profiles profiles) {
    this.model = model;
    this.profiles = profiles;
  }

  List<SlackWarning> find(Question all) {
    List<SlackWarning> warnings = new ArrayList<>();
    for (RuleNode node : profiles.nodes()) {
      if (node.hasLowerBound()) lower(node, all).ifPresent(warnings::add);
      if (node.hasUpperBound() && model.solve(all.withSpare(node.index(), Side.UPPER)).isEmpty()) {
        warnings.add(new SlackWarning(node.code(), node.label(), Kind.BINDING, node.label() + "没有余地：任何满足全部结构要求的"
            + "当选组合都须恰好达到上限（" + node.requirement() + "）"));
      }
    }
    return warnings;
  }

  private Optional<SlackWarning> lower(RuleNode node, Question all) {
    int qualifying = profiles.counted(node);
    if (node.nestedShare() == null && qualifying == node.minCount()) {
      return Optional.of(new SlackWarning(node.code(), node.label(), Kind.SUPPLY, node.label() + "候选人恰好"
          + qualifying + "人，与要求的最少人数相同，没有余地：其中任何一人不能当选，该要求即无法满足"));
    }
    if (model.solve(all.withSpare(node.index(), Side.LOWER)).isPresent()) return Optional.empty();
    return Optional.of(new SlackWarning(node.code(), node.label(), Kind.BINDING, node.label() + "没有余地：任何满足"
        + "全部结构要求的当选组合中，" + node.label() + "都只能恰好达到要求（" + node.requirement() + "）"));
  }
}
