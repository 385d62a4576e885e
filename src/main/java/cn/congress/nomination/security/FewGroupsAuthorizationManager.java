package cn.congress.nomination.security;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * Camunda's authorization manager without its group pre-filter for users of few groups.
 *
 * <p>Before every authorization check or authorized query of a command, Camunda reads {@code SELECT distinct
 * GROUP_ID_ FROM ACT_RU_AUTHORIZATION} and keeps only the user's groups that appear there (camunda-bpm-platform#5485).
 * That keeps the {@code GROUP_ID_ IN (…)} list short for users of thousands of groups, but here every organization is
 * a group and every open task adds a row for its candidate group: the scan grows with the number of branches (26,751
 * rows at 10,000) and every command of every user pays it. Our users belong to a handful of groups (their
 * organizations and roles), so for them the list goes to the check as it is.
 *
 * <p>The checks decide exactly as before: a group without an authorization row matches no row of the check's
 * {@code GROUP_ID_ IN (…)} either, so dropping it beforehand (the pre-filter) or not changes no answer; only nulls and
 * duplicates are removed, as the pre-filter does. Users of more groups than the threshold keep Camunda's way. This is
 * CIBSeven's {@code authGroupFilterThreshold} (proposed for Operaton in operaton#3141), which Camunda 7.24 lacks.
 */
class FewGroupsAuthorizationManager extends AuthorizationManager {

  private final int threshold;

  FewGroupsAuthorizationManager(int threshold) {
    this.threshold = threshold;
  }

  @Override
  public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
    if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()
        || authenticatedGroupIds.size() > threshold) {
      return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
    }
    LinkedHashSet<String> groups = new LinkedHashSet<>(authenticatedGroupIds);
    groups.removeIf(Objects::isNull);
    // A fresh mutable list, as Camunda returns: MyBatis reads it by reflection and callers may keep it.
    return groups.isEmpty() ? super.filterAuthenticatedGroupIds(List.of()) : new ArrayList<>(groups);
  }
}
