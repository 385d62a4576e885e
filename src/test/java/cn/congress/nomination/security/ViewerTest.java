package cn.congress.nomination.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.organization.OrganizationType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ViewerTest {

  private final Organization unit = new Organization("u", "up", "区委", OrganizationType.ELECTORAL_UNIT, null,
      "/up/u/", 1, 0);
  private final Organization branch = new Organization("b", "u", "支部", OrganizationType.BRANCH, null,
      "/up/u/b/", 2, 0);
  private final Organization elsewhere = new Organization("x", "up", "别区", OrganizationType.ELECTORAL_UNIT, null,
      "/up/x/", 1, 1);

  private Viewer viewer(Organization where, Role... roles) {
    return new Viewer("someone", List.of(where), roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles));
  }

  @Test
  void supervisionReadsItsSubtreeButManagesNothing_evenWithAManagingRole() {
    Viewer supervisor = viewer(unit, Role.SUPERVISION);
    assertThat(supervisor.canRead(branch)).isTrue();
    assertThat(supervisor.canManage(branch)).isFalse();
    assertThat(supervisor.canManage(unit)).isFalse();
    assertThat(viewer(unit, Role.SUPERVISION, Role.ORGANIZATION_DEPARTMENT).canManage(branch)).isFalse();
    assertThatThrownBy(() -> supervisor.requireManage(branch)).isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("无权修改");
  }

  @Test
  void managersManageOnlyWithinTheirSubtree() {
    Viewer department = viewer(unit, Role.ORGANIZATION_DEPARTMENT);
    assertThat(department.canManage(branch)).isTrue();
    assertThat(department.canManage(elsewhere)).isFalse();
    assertThat(viewer(branch, Role.ORGANIZATION_DEPARTMENT).canManage(unit)).isFalse();
  }

  @Test
  void branchSecretaryReadsOwnBranchOnlyAndManagesNothing() {
    Viewer secretary = viewer(branch, Role.BRANCH_SECRETARY);
    assertThat(secretary.canRead(branch)).isTrue();
    assertThat(secretary.canRead(unit)).isFalse();
    assertThat(secretary.canManage(branch)).isFalse();
  }

  @Test
  void adminManagesEverything() {
    Viewer admin = new Viewer("admin", List.of(), Set.of(Role.ADMIN));
    assertThat(admin.canManage(elsewhere)).isTrue();
    assertThat(admin.canManage(branch)).isTrue();
  }
}
