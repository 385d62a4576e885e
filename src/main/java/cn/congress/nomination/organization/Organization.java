package cn.congress.nomination.organization;

/**
 * A node of the tree. {@code path} lists the ids from the root down to this node, as '/a/b/c/', so that a subtree is
 * a prefix match.
 */
public record Organization(String id, String parentId, String name, OrganizationType type, String kind, String path,
                           int depth, int sortOrder) {

  public boolean isWithin(String ancestorPath) {
    return path.startsWith(ancestorPath);
  }

  public boolean isBranch() {
    return type == OrganizationType.BRANCH;
  }
}
