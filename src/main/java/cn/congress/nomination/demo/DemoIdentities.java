package cn.congress.nomination.demo;

import cn.congress.nomination.election.IdentityRequest;
import cn.congress.nomination.organization.Member;
import cn.congress.nomination.organization.MemberAttributes.CadreLevel;
import cn.congress.nomination.organization.MemberAttributes.HonourLevel;
import cn.congress.nomination.organization.MemberAttributes.Occupation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The demo's stand-in for the organization department's identity work: one primary category per person, derived from
 * the generated record with a line of evidence. Members who fit no category of the demo election get none.
 */
final class DemoIdentities {
  private DemoIdentities() {}

  static List<IdentityRequest> of(List<Member> members) {
    return members.stream().map(DemoIdentities::of).flatMap(Optional::stream).toList();
  }

  static Optional<IdentityRequest> of(Member m) {
    if (m.cadreLevel() == CadreLevel.BUREAU) return line(m, "BUREAU_LEADER", "任职文件：局级领导职务（演示数据）");
    if (m.cadreLevel() == CadreLevel.DIVISION) return line(m, "DIVISION_LEADER", "任职文件：处级领导职务（演示数据）");
    // An honoured person at work on the front line of any trade (a police officer too) is an advanced model.
    boolean atWork = m.occupation() != Occupation.RETIRED;
    if (atWork && m.honourLevel().compareTo(HonourLevel.CITY) >= 0) {
      return line(m, "ADVANCED_MODEL", Objects.requireNonNullElse(m.honour(), "荣誉称号") + "（演示数据）");
    }
    boolean frontline = switch (m.occupation()) {
      case WORKER, FARMER, PROFESSIONAL_TECHNICAL -> true;
      default -> false;
    };
    if (!frontline) return Optional.empty();
    return switch (m.occupation()) {
      case PROFESSIONAL_TECHNICAL -> line(m, "PROFESSIONAL_TECHNICAL", "专业技术职称证书（演示数据）");
      case WORKER -> line(m, "WORKER", null);
      default -> line(m, "FARMER", null);
    };
  }

  private static Optional<IdentityRequest> line(Member m, String category, String evidence) {
    return Optional.of(new IdentityRequest(m.id(), category, evidence));
  }
}
