package cn.congress.nomination.election;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Structure rules: well-formed, unique codes, known categories, bounds that fit — a minimum above the seats (or above
 * the parent's bound for a nested rule), minimums of mutually exclusive identity rules that add up beyond the seats,
 * children needing more than their parent allows.
 */
final class StructurePolicy implements ElectionPolicy {

  static final int MAX_AGE = 150;

  private record Scoped(Map<String, IdentityCategory> definition, Set<String> knownCodes, Set<String> ruleCodes,
                        Violations v) {}

  @Override
  public void check(ElectionConfig c, ValidationContext context, Violations v) {
    Set<String> known = new HashSet<>();
    c.identityCategories().forEach(category -> known.add(category.code()));
    Scoped s = new Scoped(IdentityDefinitionPolicy.usable(c), known, new HashSet<>(), v);
    Integer seats = ElectionValidator.validSeats(c);
    Integer listRoom = c.margins().stream()
        .filter(m -> m.stage() == Stage.RECOMMENDATION && m.kind() != null && m.kind() != MarginKind.RATIO)
        .filter(m -> m.count() != null && m.count() > 0).findFirst().map(Margin::count).orElse(null);
    Map<RuleScope, List<Need>> tops = new EnumMap<>(RuleScope.class);
    List<StructureRule> rules = c.structureRules();
    for (int i = 0; i < rules.size(); i++) {
      StructureRule rule = rules.get(i);
      RuleScope scope = rule.scope() == null ? RuleScope.DELEGATES : rule.scope();
      Integer bound = scope == RuleScope.DELEGATES ? seats : listRoom;
      String boundText = scope == RuleScope.DELEGATES ? "代表名额" : "推荐单位推荐人数上限";
      int need = checkRule(rule, "structureRules[" + i + "]", scope, bound, boundText, true, null, s);
      tops.computeIfAbsent(scope, k -> new ArrayList<>()).add(new Need(rule.code(), identitySet(rule, s), need));
    }
    tops.forEach((scope, needs) -> {
      Integer bound = scope == RuleScope.DELEGATES ? seats : listRoom;
      Family family = ExclusiveMinimums.largest(needs);
      if (bound != null && family.codes().size() > 1 && family.sum() > bound) {
        v.add("structureRules", "MINS_EXCEED_SEATS", "structureRules：" + scope.label() + "中互斥的身份规则 "
            + String.join("、", family.codes()) + " 的最少人数合计" + family.sum() + "名，超过"
            + (scope == RuleScope.DELEGATES ? "代表名额" : "推荐单位推荐人数上限") + bound + "名");
      }
    });
  }

  /** Checks one rule and its children; returns the fewest people it needs (its minimum, raised by its children). */
  private int checkRule(StructureRule r, String path, RuleScope scope, Integer bound, String boundText, boolean top,
                        Set<String> parentAdmitted, Scoped s) {
    Violations v = s.v();
    if (v.require(r.code(), path + ".code", "规则代码")) {
      if (!IdentityDefinitionPolicy.CODE.matcher(r.code()).matches()) {
        v.add(path + ".code", "CODE_FORMAT", path + ".code：代码 " + r.code() + " 应由大写字母、数字和下划线组成，以字母开头");
      } else if (!s.ruleCodes().add(r.code())) {
        v.add(path + ".code", "DUPLICATE_CODE", path + ".code：规则代码 " + r.code() + " 重复");
      }
    }
    v.require(r.label(), path + ".label", "规则名称");
    if (!top && r.scope() != null && r.scope() != scope) {
      v.add(path + ".scope", "SCOPE_MISMATCH", path + ".scope：下级规则的适用范围应与上级规则相同（" + scope.label() + "）");
    }
    Set<String> admitted = checkSelector(r.selectorOrEveryone(), path + ".selector", parentAdmitted, s);
    String label = r.label() == null ? r.code() : r.label();
    int need = 0;
    Integer childBound = bound;
    String childBoundText = boundText;
    if (r.kindOrCount() == RuleKind.COUNT) {
      boolean minOk = r.min() != null && r.min() >= 0;
      boolean maxOk = r.max() != null && r.max() >= 0;
      if (r.min() == null && r.max() == null) {
        v.add(path, "BOUND_REQUIRED", path + "：人数规则" + label + "至少需要设置 min 或 max");
      }
      if (r.min() != null && r.min() < 0) v.add(path + ".min", "BOUND_NEGATIVE", path + ".min：最少人数不能为负数");
      if (r.max() != null && r.max() < 0) v.add(path + ".max", "BOUND_NEGATIVE", path + ".max：最多人数不能为负数");
      if (minOk && maxOk && r.min() > r.max()) {
        v.add(path + ".min", "MIN_ABOVE_MAX", path + ".min：" + label + "最少" + r.min() + "名，多于最多的" + r.max() + "名");
      } else if (minOk && bound != null && r.min() > bound) {
        v.add(path + ".min", top ? "MIN_ABOVE_SEATS" : "MIN_ABOVE_PARENT",
            path + ".min：" + label + "最少" + r.min() + "名，超过" + boundText + bound + "名");
      }
      if (minOk) need = r.min();
      if (maxOk) {
        childBound = bound == null ? r.max() : Math.min(r.max(), bound);
        childBoundText = label + "的最多人数";
      }
    } else {
      checkShare(r, path, label, v);
    }
    List<Need> children = new ArrayList<>();
    for (int j = 0; j < r.children().size(); j++) {
      StructureRule child = r.children().get(j);
      int childNeed = checkRule(child, path + ".children[" + j + "]", scope, childBound, childBoundText, false, admitted, s);
      children.add(new Need(child.code(), identitySet(child, s), childNeed));
    }
    if (!children.isEmpty()) {
      Family family = ExclusiveMinimums.largest(children);
      if (childBound != null && family.codes().size() > 1 && family.sum() > childBound) {
        v.add(path + ".children", "CHILDREN_EXCEED_PARENT", path + ".children：" + label + "下互斥的规则 "
            + String.join("、", family.codes()) + " 最少人数合计" + family.sum() + "名，超过" + childBoundText + childBound + "名");
      }
      need = Math.max(need, family.sum());
    }
    return need;
  }

  private static void checkShare(StructureRule r, String path, String label, Violations v) {
    if (r.min() != null || r.max() != null) {
      v.add(path, "BOUND_ON_SHARE", path + "：比例规则" + label + "不能设置 min/max，请使用 share 或 basis");
    }
    if (!v.require(r.basis(), path + ".basis", "比例基准（FIXED/LOCAL_MEMBERS）")) return;
    if (r.basis() == ShareBasis.FIXED && v.require(r.share(), path + ".share", "比例")) {
      boolean impossible = r.share().compareTo(BigDecimal.ONE) > 0 || r.share().signum() <= 0
          || (r.share().compareTo(BigDecimal.ONE) == 0 && r.strictBound());
      if (impossible) v.add(path + ".share", "SHARE_RANGE", path + ".share：比例应大于0且不超过1（严格大于时小于1）");
      else if (MarginPolicy.tooPrecise(r.share())) {
        v.add(path + ".share", "DECIMAL_PLACES", path + ".share：比例最多" + MarginPolicy.DECIMALS + "位小数");
      }
    }
    if (r.basis() == ShareBasis.LOCAL_MEMBERS && r.selectorOrEveryone().usesIdentity()) {
      v.add(path + ".selector", "LOCAL_SHARE_IDENTITY",
          path + ".selector：与本单位党员占比比较的规则只能按党员信息（性别、民族、年龄等）选择，不能按身份类别");
    }
  }

  /** Returns the categories the selector's identity part admits (null: identity not used or not resolvable). */
  private static Set<String> checkSelector(Selector selector, String path, Set<String> parentAdmitted, Scoped s) {
    Violations v = s.v();
    boolean known = true;
    if (selector.categories() != null) {
      for (String code : selector.categories()) {
        if (code == null || !s.knownCodes().contains(code)) {
          v.add(path + ".categories", "UNKNOWN_CATEGORY", path + ".categories：身份类别 " + code + " 未在身份定义中");
          known = false;
        }
      }
    }
    if (selector.ageBelow() != null && (selector.ageBelow() <= 0 || selector.ageBelow() > MAX_AGE)) {
      v.add(path + ".ageBelow", "AGE_RANGE", path + ".ageBelow：年龄应在1至" + MAX_AGE + "之间");
    }
    if (!known || !selector.usesIdentity()) return null;
    Selector identityPart = new Selector(selector.categories(), selector.kinds(), null, null, null, null, null, null,
        null, null);
    Set<String> admitted = identityPart.identityOnlyCategories(s.definition()).orElseThrow();
    if (admitted.isEmpty()) {
      v.add(path, "SELECTOR_EMPTY", path + "：选择条件中的身份类别与身份大类没有交集，不会选中任何人");
    } else if (parentAdmitted != null && parentAdmitted.stream().noneMatch(admitted::contains)) {
      v.add(path, "NESTED_SELECTOR_EMPTY", path + "：下级规则的身份类别不在上级规则的身份类别之内，不会选中任何人");
    }
    return admitted;
  }

  private static Optional<Set<String>> identitySet(StructureRule rule, Scoped s) {
    if (rule.kindOrCount() != RuleKind.COUNT) return Optional.empty();
    Selector selector = rule.selectorOrEveryone();
    if (selector.categories() != null && !s.knownCodes().containsAll(selector.categories())) return Optional.empty();
    return selector.identityOnlyCategories(s.definition());
  }

  record Need(String code, Optional<Set<String>> categories, int minimum) {}

  record Family(List<String> codes, int sum) {}
}
