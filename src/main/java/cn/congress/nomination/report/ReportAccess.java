package cn.congress.nomination.report;

import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.security.AccessDeniedException;
import cn.congress.nomination.security.Viewer;
import org.springframework.stereotype.Component;

/**
 * Who reads which materials: the organization whose list it is and every level above it (a recommending unit its own,
 * the electoral unit its whole subtree, the upper committee everything below it). Anyone else: 403.
 */
@Component
public class ReportAccess {

  private final Organizations organizations;

  ReportAccess(Organizations organizations) {
    this.organizations = organizations;
  }

  public Organization requireRead(Viewer viewer, String organizationId) {
    Organization organization = organizations.get(organizationId);
    if (!viewer.canRead(organization)) {
      throw new AccessDeniedException("无权查看" + organization.name() + "（" + organizationId + "）的材料和统计");
    }
    return organization;
  }
}
