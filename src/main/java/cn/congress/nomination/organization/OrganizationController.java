package cn.congress.nomination.organization;

import cn.congress.nomination.security.CurrentViewer;
import cn.congress.nomination.security.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reading the tree and its members, each user within their own organizations' subtrees. */
@RestController
@RequestMapping("/api/organizations")
@Tag(name = "organizations", description = "组织树与党员")
class OrganizationController {

  private static final int MAX_PAGE = 200;

  private final Organizations organizations;
  private final Members members;
  private final CurrentViewer currentViewer;

  OrganizationController(Organizations organizations, Members members, CurrentViewer currentViewer) {
    this.organizations = organizations;
    this.members = members;
    this.currentViewer = currentViewer;
  }

  record OrganizationView(String id, String parentId, String name, String type, String typeLabel, String kind,
                          int depth) {
    static OrganizationView of(Organization o) {
      return new OrganizationView(o.id(), o.parentId(), o.name(), o.type().name(), o.type().label(), o.kind(), o.depth());
    }
  }

  @GetMapping
  @Operation(summary = "The organizations the signed-in user belongs to (the roots of what they may read)")
  List<OrganizationView> mine() {
    return currentViewer.get().organizations().stream().map(OrganizationView::of).toList();
  }

  @GetMapping("/{id}")
  @Operation(summary = "One organization")
  OrganizationView get(@PathVariable String id) {
    Organization organization = readable(id);
    return OrganizationView.of(organization);
  }

  @GetMapping("/{id}/children")
  @Operation(summary = "The organizations directly under one organization")
  List<OrganizationView> children(@PathVariable String id) {
    readable(id);
    return organizations.children(id).stream().map(OrganizationView::of).toList();
  }

  @GetMapping("/{id}/members")
  @Operation(summary = "Members within an organization's subtree whose name or id starts with q, a page at a time")
  List<Member> members(@PathVariable String id, @RequestParam(defaultValue = "") String q,
                       @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int limit) {
    Organization organization = readable(id);
    return members.search(organization.path(), q, Math.max(0, offset), Math.min(MAX_PAGE, Math.max(1, limit)));
  }

  private Organization readable(String id) {
    Viewer viewer = currentViewer.get();
    Organization organization = organizations.get(id);
    viewer.requireRead(organization);
    return organization;
  }
}
