package cn.congress.nomination.organization.imports;

import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.organization.OrganizationType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What an organizations file does to the tree, worked out in memory before anything is written: the tree as it will
 * be (the file's rows over the stored organizations), checked for unknown parents, shape and cycles, with the path and
 * depth of every organization that changes — including stored descendants of an organization the file moves.
 */
final class OrganizationPlan {

  /** The size of organization.path. */
  static final int MAX_PATH = 1000;

  private final Map<String, Organization> stored;
  private final Map<String, OrganizationRow> rows;
  private final Violations violations;
  private final Map<String, List<Organization>> storedChildren = new HashMap<>();
  /** Final path of every organization resolved so far; {@link #BROKEN} when its chain has no valid root. */
  private final Map<String, String> paths = new HashMap<>();
  private static final String BROKEN = "";

  private final List<Organization> toInsert = new ArrayList<>();
  private final List<Organization> toUpdate = new ArrayList<>();
  private final List<Organization> ofFile = new ArrayList<>();
  private int unchanged;

  private OrganizationPlan(Map<String, Organization> stored, Map<String, OrganizationRow> rows, Violations violations) {
    this.stored = stored;
    this.rows = rows;
    this.violations = violations;
    for (Organization o : stored.values()) {
      if (o.parentId() != null) storedChildren.computeIfAbsent(o.parentId(), k -> new ArrayList<>()).add(o);
    }
  }

  /**
   * @param stored     every organization in the database, by id
   * @param rows       the file's rows by id (first occurrence of each id)
   * @param hasMembers whether a stored organization has members
   */
  static OrganizationPlan of(Map<String, Organization> stored, Map<String, OrganizationRow> rows,
                             Predicate<String> hasMembers, Violations violations) {
    OrganizationPlan plan = new OrganizationPlan(stored, rows, violations);
    plan.checkShape(hasMembers);
    plan.resolvePaths();
    if (violations.isEmpty()) plan.collectChanges();
    return plan;
  }

  List<Organization> toInsert() {
    return toInsert;
  }

  List<Organization> toUpdate() {
    return toUpdate;
  }

  /** Every organization of the file as it will be stored (their Camunda groups are kept in step). */
  List<Organization> ofFile() {
    return ofFile;
  }

  int unchanged() {
    return unchanged;
  }

  private boolean exists(String id) {
    return rows.containsKey(id) || stored.containsKey(id);
  }

  private String parentOf(String id) {
    OrganizationRow row = rows.get(id);
    return row != null ? row.parentId() : stored.get(id).parentId();
  }

  private OrganizationType typeOf(String id) {
    OrganizationRow row = rows.get(id);
    return row != null ? row.type() : stored.get(id).type();
  }

  private void checkShape(Predicate<String> hasMembers) {
    for (OrganizationRow row : rows.values()) {
      if (!row.valid()) continue;
      if (row.parentId() != null && !exists(row.parentId())) {
        violations.add(row.line(), OrganizationColumn.PARENT_ID, ImportRule.UNKNOWN_PARENT, "“" + row.parentId() + "”");
        continue;
      }
      OrganizationType parentType = row.parentId() == null ? null : typeOf(row.parentId());
      if (parentType == null && row.parentId() != null) continue; // the parent's own row has a bad type
      if (!row.type().mayHaveParent(parentType)) {
        violations.add(row.line(), OrganizationColumn.TYPE, ImportRule.PARENT_TYPE, row.parentId() == null
            ? row.type().label() + "须有上级组织" : row.type().label() + "不能隶属于" + parentType.label()
            + "（上级组织 " + row.parentId() + "）");
      }
      Organization before = stored.get(row.id());
      if (before == null || before.type() == row.type()) continue;
      if (before.isBranch() && hasMembers.test(row.id())) {
        violations.add(row.line(), OrganizationColumn.TYPE, ImportRule.BRANCH_HAS_MEMBERS, "原类型为党支部");
      }
      // stored children that stay under it must still fit under its new type
      for (Organization child : storedChildren.getOrDefault(row.id(), List.of())) {
        if (rows.containsKey(child.id())) continue; // checked on its own row
        if (!child.type().mayHaveParent(row.type())) {
          violations.add(row.line(), OrganizationColumn.TYPE, ImportRule.PARENT_TYPE, "已有下级组织 " + child.id()
              + "（" + child.type().label() + "）不能隶属于" + row.type().label());
        }
      }
    }
  }

  /** Walks up from every row to a root, giving each node its final path; reports cycles and too deep paths. */
  private void resolvePaths() {
    for (OrganizationRow row : rows.values()) {
      if (!row.valid()) continue;
      String path = resolve(row.id());
      if (!path.isEmpty() && path.length() > MAX_PATH) {
        violations.add(row.line(), OrganizationColumn.PARENT_ID, ImportRule.PATH_TOO_LONG,
            "路径长度 " + path.length() + "，最多 " + MAX_PATH);
      }
    }
  }

  private String resolve(String start) {
    Deque<String> chain = new ArrayDeque<>();
    Set<String> onChain = new LinkedHashSet<>();
    String current = start;
    String base;
    while (true) {
      String known = paths.get(current);
      if (known != null) {
        base = known;
        break;
      }
      if (!onChain.add(current)) {
        reportCycle(onChain, current);
        base = BROKEN;
        break;
      }
      chain.push(current);
      OrganizationRow row = rows.get(current);
      if (row != null && !row.valid()) {
        base = BROKEN;
        break;
      }
      String parent = parentOf(current);
      if (parent == null) {
        base = "/";
        break;
      }
      if (!exists(parent)) {
        base = BROKEN;
        break;
      }
      current = parent;
    }
    String path = base;
    while (!chain.isEmpty()) {
      String id = chain.pop();
      path = path.isEmpty() ? BROKEN : path + id + "/";
      paths.put(id, path);
    }
    return paths.get(start);
  }

  private void reportCycle(Set<String> onChain, String repeated) {
    List<String> cycle = new ArrayList<>();
    boolean in = false;
    for (String id : onChain) {
      if (id.equals(repeated)) in = true;
      if (in) cycle.add(id);
    }
    String description = String.join(" → ", cycle) + " → " + repeated;
    for (String id : cycle) {
      OrganizationRow row = rows.get(id);
      // a cycle always runs through the file: stored organizations form a tree
      if (row != null) violations.add(row.line(), OrganizationColumn.PARENT_ID, ImportRule.CYCLE, description);
    }
  }

  private void collectChanges() {
    Deque<Organization> moved = new ArrayDeque<>();
    for (OrganizationRow row : rows.values()) {
      String path = paths.get(row.id());
      Organization after = new Organization(row.id(), row.parentId(), row.name(), row.type(), row.kind(), path,
          depth(path), row.sortOrder());
      ofFile.add(after);
      Organization before = stored.get(row.id());
      if (before == null) {
        toInsert.add(after);
      } else if (before.equals(after)) {
        unchanged++;
      } else {
        toUpdate.add(after);
        if (!before.path().equals(after.path())) moved.add(after);
      }
    }
    // stored descendants of a moved organization follow it (those in the file were placed by their own row)
    while (!moved.isEmpty()) {
      Organization parent = moved.poll();
      for (Organization child : storedChildren.getOrDefault(parent.id(), List.of())) {
        if (rows.containsKey(child.id())) continue;
        String path = parent.path() + child.id() + "/";
        Organization after = new Organization(child.id(), child.parentId(), child.name(), child.type(), child.kind(),
            path, depth(path), child.sortOrder());
        if (path.length() > MAX_PATH) {
          violations.add(rows.get(rootOfMove(parent)).line(), OrganizationColumn.PARENT_ID, ImportRule.PATH_TOO_LONG,
              "下级组织 " + child.id() + " 的路径长度 " + path.length() + "，最多 " + MAX_PATH);
          continue;
        }
        toUpdate.add(after);
        moved.add(after);
      }
    }
    // parents first: a new organization's parent may itself be new
    toInsert.sort(Comparator.comparingInt(Organization::depth));
  }

  /** The nearest organization of the file at or above a moved stored organization. */
  private String rootOfMove(Organization organization) {
    String id = organization.id();
    while (!rows.containsKey(id)) id = Objects.requireNonNull(parentOf(id));
    return id;
  }

  /** '/a/' is depth 0, '/a/b/' depth 1. */
  static int depth(String path) {
    int slashes = 0;
    for (int i = 0; i < path.length(); i++) if (path.charAt(i) == '/') slashes++;
    return slashes - 2;
  }
}
