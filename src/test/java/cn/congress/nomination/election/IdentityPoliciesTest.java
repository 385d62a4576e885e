package cn.congress.nomination.election;

import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.organization.MemberAttributes.CadreLevel;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdentityPoliciesTest {

  private static final Election ELECTION = ReferenceConfig.election();
  private static final String UNIT_PATH = "/uc-city/eu-district/";

  private static List<String> breaches(IdentityRequest request, MemberFacts member) {
    var line = new IdentityPolicies.Line(3, request, Optional.ofNullable(member), ELECTION, UNIT_PATH);
    return IdentityPolicies.all().stream().flatMap(p -> p.check(line).stream()).map(b -> b.field() + " " + b.rule()).toList();
  }

  private static MemberFacts member(CadreLevel level, String path) {
    return new MemberFacts("m-1", "张三", level, path);
  }

  @Test
  void aWorkerWithoutEvidenceIsFine_aProfessionalNeedsEvidence() {
    MemberFacts worker = member(CadreLevel.NONE, UNIT_PATH + "ru-01/br-1/");
    assertThat(breaches(new IdentityRequest("m-1", "WORKER", null), worker)).isEmpty();
    assertThat(breaches(new IdentityRequest("m-1", "PROFESSIONAL_TECHNICAL", " "), worker))
        .containsExactly("[3].evidence EVIDENCE_REQUIRED");
    assertThat(breaches(new IdentityRequest("m-1", "PROFESSIONAL_TECHNICAL", "高级工程师证书"), worker)).isEmpty();
  }

  @Test
  void aLeadingCadreCannotWearAFrontlineHat() {
    MemberFacts cadre = member(CadreLevel.DIVISION, UNIT_PATH + "ru-01/br-1/");
    assertThat(breaches(new IdentityRequest("m-1", "ADVANCED_MODEL", "全国劳动模范"), cadre))
        .containsExactly("[3].category FALSE_LABEL");
    assertThat(breaches(new IdentityRequest("m-1", "DIVISION_LEADER", "任职文件"), cadre)).isEmpty();
    assertThat(breaches(new IdentityRequest("m-1", "OTHER", null), cadre)).isEmpty();
  }

  @Test
  void aLeaderCategoryNeedsARank() {
    assertThat(breaches(new IdentityRequest("m-1", "BUREAU_LEADER", "文件"), member(CadreLevel.NONE, UNIT_PATH)))
        .containsExactly("[3].category NOT_A_LEADING_CADRE");
  }

  @Test
  void unknownMemberOrCategory_memberOutsideTheUnit() {
    assertThat(breaches(new IdentityRequest("m-9", "HERO", null), null))
        .containsExactly("[3].memberId UNKNOWN_MEMBER", "[3].category UNKNOWN_CATEGORY");
    assertThat(breaches(new IdentityRequest("m-1", "WORKER", null), member(CadreLevel.NONE, "/uc-city/eu-other/ru/br/")))
        .containsExactly("[3].memberId MEMBER_OUTSIDE_UNIT");
    assertThat(breaches(new IdentityRequest(null, null, null), null))
        .containsExactly("[3].memberId REQUIRED", "[3].category REQUIRED");
  }
}
