package cn.congress.nomination.election;

import cn.congress.nomination.organization.MemberAttributes.CadreLevel;
import java.util.List;
import java.util.Optional;

/**
 * Rules of the identity definition (身份界定), one per named policy, each with a stable code and a Chinese reason. A
 * policy sees one requested line, the member it names (if any) and the election.
 */
final class IdentityPolicies {
  private IdentityPolicies() {}

  static final int MAX_EVIDENCE = 1000;

  record Line(int row, IdentityRequest request, Optional<MemberFacts> member, Election election,
              String electoralUnitPath) {
    String field(String name) {
      return "[" + row + "]." + name;
    }

    Optional<IdentityCategory> category() {
      return request.category() == null ? Optional.empty() : election.category(request.category());
    }
  }

  record Breach(String field, String rule, String message) {}

  @FunctionalInterface
  interface IdentityPolicy {
    Optional<Breach> check(Line line);
  }

  static final IdentityPolicy KNOWN_MEMBER = l -> l.request().memberId() == null || l.request().memberId().isBlank()
      ? breach(l.field("memberId"), "REQUIRED", "党员编号不能为空")
      : l.member().isEmpty() ? breach(l.field("memberId"), "UNKNOWN_MEMBER", "党员 " + l.request().memberId() + " 不存在")
      : Optional.empty();

  static final IdentityPolicy WITHIN_ELECTORAL_UNIT = l -> l.member()
      .filter(m -> !m.organizationPath().startsWith(l.electoralUnitPath()))
      .flatMap(m -> breach(l.field("memberId"), "MEMBER_OUTSIDE_UNIT",
          "党员 " + m.id() + "（" + m.name() + "）不属于选举单位 " + l.election().electoralUnitId()));

  static final IdentityPolicy KNOWN_CATEGORY = l -> l.request().category() == null || l.request().category().isBlank()
      ? breach(l.field("category"), "REQUIRED", "身份类别不能为空")
      : l.category().isEmpty() ? breach(l.field("category"), "UNKNOWN_CATEGORY",
          "身份类别 " + l.request().category() + " 未在本次选举的身份定义中")
      : Optional.empty();

  static final IdentityPolicy EVIDENCE_REQUIRED = l -> l.category()
      .filter(c -> c.needsEvidence() && (l.request().evidence() == null || l.request().evidence().isBlank()))
      .flatMap(c -> breach(l.field("evidence"), "EVIDENCE_REQUIRED", "身份类别" + c.name() + "须填写证明材料"));

  static final IdentityPolicy EVIDENCE_LENGTH = l -> l.request().evidence() != null
      && l.request().evidence().length() > MAX_EVIDENCE
      ? breach(l.field("evidence"), "TOO_LONG", "证明材料不能超过" + MAX_EVIDENCE + "个字") : Optional.empty();

  /** 顶帽子: a leading cadre counted as frontline would fake the structure. */
  static final IdentityPolicy NO_FALSE_LABEL = l -> l.category()
      .filter(c -> c.kind() == IdentityKind.FRONTLINE)
      .flatMap(c -> l.member().filter(m -> m.cadreLevel() != CadreLevel.NONE)
          .flatMap(m -> breach(l.field("category"), "FALSE_LABEL", "党员 " + m.id() + "（" + m.name()
              + "）是领导干部，不能界定为生产和工作第一线身份" + c.name() + "（顶帽子）")));

  static final IdentityPolicy LEADER_HAS_RANK = l -> l.category()
      .filter(c -> c.kind() == IdentityKind.LEADER)
      .flatMap(c -> l.member().filter(m -> m.cadreLevel() == CadreLevel.NONE)
          .flatMap(m -> breach(l.field("category"), "NOT_A_LEADING_CADRE", "党员 " + m.id() + "（" + m.name()
              + "）不是领导干部，不能界定为" + c.name())));

  static List<IdentityPolicy> all() {
    return List.of(KNOWN_MEMBER, WITHIN_ELECTORAL_UNIT, KNOWN_CATEGORY, EVIDENCE_REQUIRED, EVIDENCE_LENGTH,
        NO_FALSE_LABEL, LEADER_HAS_RANK);
  }

  private static Optional<Breach> breach(String field, String rule, String reason) {
    return Optional.of(new Breach(field, rule, field + "：" + reason));
  }
}
