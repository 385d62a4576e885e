package cn.congress.nomination.election;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A bound on the composition, with a stable code and a Chinese label: a COUNT rule bounds how many the selector
 * matches (min and/or max), a SHARE rule bounds their share (of a fixed fraction, or of their share among the local
 * members). Children count within what their parent matched ("frontline ≥ 7, of which advanced models ≥ 3").
 */
public record StructureRule(String code, String label, RuleScope scope, RuleKind kind, Selector selector, Integer min,
                            Integer max, BigDecimal share, Boolean strict, ShareBasis basis,
                            List<StructureRule> children) {

  public StructureRule {
    children = children == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(children));
  }

  public boolean strictBound() {
    return Boolean.TRUE.equals(strict);
  }

  public Selector selectorOrEveryone() {
    return selector == null ? Selector.EVERYONE : selector;
  }

  public RuleKind kindOrCount() {
    return kind == null ? RuleKind.COUNT : kind;
  }

  /** The bound in words, e.g. "不少于7名", "不多于9名", "占比不低于本单位党员中的占比". */
  public String describe() {
    if (kindOrCount() == RuleKind.SHARE) {
      String relation = strictBound() ? "高于" : "不低于";
      return basis == ShareBasis.LOCAL_MEMBERS ? "占比" + relation + "本选举单位党员中的占比"
          : "占比" + relation + share.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + "%";
    }
    if (min != null && min.equals(max)) return min + "名";
    if (min != null && max != null) return min + "至" + max + "名";
    return min != null ? "不少于" + min + "名" : "不多于" + max + "名";
  }
}
