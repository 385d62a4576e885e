package cn.congress.nomination.security;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.core.annotation.Order;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, once and idempotently, what every installation needs before anyone logs in: one group per role, Tasklist
 * access for every role (granted to the role group, not per organization: 100,000 branches, a handful of rows), and
 * the shared Tasklist filters everyone may read.
 */
@Component
class AccessSetup {

  static final String ROLE_GROUP_TYPE = "ROLE";
  static final String FILTER_MY_TASKS = "我的待办";
  static final String FILTER_GROUP_TASKS = "本组织待办";

  private static final Logger log = LoggerFactory.getLogger(AccessSetup.class);

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final FilterService filterService;
  private final TaskService taskService;
  private final JdbcTemplate jdbc;

  AccessSetup(IdentityService identityService, AuthorizationService authorizationService, FilterService filterService,
              TaskService taskService, JdbcTemplate jdbc) {
    this.taskService = taskService;
    this.jdbc = jdbc;
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.filterService = filterService;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(0)
  @Transactional
  public void setUp() {
    // Cluster nodes start together: without a lock each would find no filter and create its own (filters have no
    // unique name), or collide on a role group. Camunda's own start-up lock row serializes this transaction per node.
    jdbc.queryForList("select value_ from act_ge_property where name_ = 'startup.lock' for update");
    SystemCalls.asSystem(identityService, () -> {
      for (Role role : Role.values()) {
        ensureRoleGroup(role);
        if (role != Role.ADMIN) grantToGroup(role.groupId(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      }
      // The engine's own group ("camunda-admin") has every permission; the filters below are shared with all users.
      ensureFilter(FILTER_GROUP_TASKS, -20, groupTasks());  // first: the organization's work
      ensureFilter(FILTER_MY_TASKS, -10, taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    });
  }

  private TaskQuery groupTasks() {
    TaskQuery query = taskService.createTaskQuery();
    query.taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks();
    return query;
  }

  private void ensureRoleGroup(Role role) {
    if (identityService.createGroupQuery().groupId(role.groupId()).count() > 0) return;
    Group group = identityService.newGroup(role.groupId());
    group.setName(role.label());
    group.setType(role == Role.ADMIN ? "SYSTEM" : ROLE_GROUP_TYPE);
    identityService.saveGroup(group);
    log.info("Created role group {} ({})", role.groupId(), role.label());
  }

  private void ensureFilter(String name, int priority, TaskQuery query) {
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(name).setOwner(null).setQuery(query)
          .setProperties(Map.of("priority", priority, "description", name, "refresh", true));
      filterService.saveFilter(filter);
      log.info("Created Tasklist filter {}", name);
    }
    grantToAll(Resources.FILTER, filter.getId(), Permissions.READ);
  }

  private void grantToGroup(String groupId, Resource resource, String resourceId, Permissions permission) {
    boolean granted = authorizationService.createAuthorizationQuery().groupIdIn(groupId)
        .resourceType(resource).resourceId(resourceId).hasPermission(permission).count() > 0;
    if (granted) return;
    Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setGroupId(groupId);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    authorization.addPermission(permission);
    authorizationService.saveAuthorization(authorization);
  }

  private void grantToAll(Resource resource, String resourceId, Permissions permission) {
    boolean granted = authorizationService.createAuthorizationQuery().userIdIn(Authorization.ANY)
        .resourceType(resource).resourceId(resourceId).hasPermission(permission).count() > 0;
    if (granted) return;
    Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
    authorization.setUserId(Authorization.ANY);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    authorization.addPermission(permission);
    authorizationService.saveAuthorization(authorization);
  }
}
