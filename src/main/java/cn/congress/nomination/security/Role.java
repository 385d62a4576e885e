package cn.congress.nomination.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a user does, as a Camunda group shared by everyone with that role. Where they do it is their organization's
 * group. Keeping roles few keeps the authorization rows few at 100,000 branches.
 */
public enum Role {
  BRANCH_SECRETARY("role-branch-secretary", "党支部书记"),
  COMMITTEE_STAFF("role-committee-staff", "党委(党工委、党总支)工作人员"),
  ORGANIZATION_DEPARTMENT("role-organization-department", "组织部工作人员"),
  STANDING_COMMITTEE("role-standing-committee", "常委会"),
  PLENARY("role-plenary", "全委会"),
  DISCIPLINE_COMMISSION("role-discipline-commission", "纪委"),
  INSPECTION_TEAM("role-inspection-team", "考察组"),
  SUPERVISION("role-supervision", "督导组"),
  COUNTER("role-counter", "计票人"),
  SCRUTINEER("role-scrutineer", "监票人"),
  UPPER_COMMITTEE("role-upper-committee", "上级党委组织部"),
  ADMIN("camunda-admin", "系统管理员");

  private final String groupId;
  private final String label;

  Role(String groupId, String label) {
    this.groupId = groupId;
    this.label = label;
  }

  public String groupId() {
    return groupId;
  }

  public String label() {
    return label;
  }

  public static Optional<Role> ofGroup(String groupId) {
    return Arrays.stream(values()).filter(r -> r.groupId.equals(groupId)).findFirst();
  }

  /** Roles whose holders may change organizations, members and elections within their subtree. */
  public boolean manages() {
    return this == ORGANIZATION_DEPARTMENT || this == UPPER_COMMITTEE || this == ADMIN;
  }
}
