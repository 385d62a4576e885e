package cn.congress.nomination.security;

import cn.congress.nomination.audit.AuditLog;
import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.platform.Violation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening and reading user accounts on behalf of the signed-in user, within what they manage. */
@Service
class Accounts {

  record Account(String id, String name, List<Organization> organizations, Set<Role> roles) {}

  private final UserAccounts userAccounts;
  private final IdentityService identityService;
  private final Organizations organizations;
  private final CurrentViewer currentViewer;
  private final AuditLog auditLog;

  Accounts(UserAccounts userAccounts, IdentityService identityService, Organizations organizations,
           CurrentViewer currentViewer, AuditLog auditLog) {
    this.userAccounts = userAccounts;
    this.identityService = identityService;
    this.organizations = organizations;
    this.currentViewer = currentViewer;
    this.auditLog = auditLog;
  }

  /** Validates everything first, then checks the viewer manages the organization; writes nothing unless both pass. */
  @Transactional
  Account open(Viewer viewer, NewAccount request) {
    List<Violation> violations = AccountRules.check(request,
        AccountRules.facts(organizations, id -> find(id).isPresent()));
    if (!violations.isEmpty()) throw new ValidationException("账号信息有误，未创建", violations);
    Organization organization = organizations.get(request.organizationId());
    viewer.requireManage(organization);
    Set<Role> roles = EnumSet.noneOf(Role.class);
    request.roles().forEach(name -> roles.add(AccountRules.role(name).orElseThrow()));
    // Admins are made by admins only: a manager of a subtree must not hand out rights over the whole installation.
    if (roles.contains(Role.ADMIN) && !viewer.isAdmin()) {
      throw new AccessDeniedException("只有系统管理员可以授予系统管理员角色");
    }
    userAccounts.provision(request.id(), request.name().trim(), request.password(),
        List.of(organization.id()), roles);
    auditLog.record(viewer.userId(), "ACCOUNT_OPENED", "USER", request.id(),
        "organization=" + organization.id() + " roles=" + roles.stream().map(Role::name).toList());
    return find(request.id()).orElseThrow();
  }

  /** The user themself, admins, and managers of any of the user's organizations may read an account. */
  Account read(Viewer viewer, String userId) {
    Optional<Account> account = find(userId);
    boolean allowed = viewer.userId().equals(userId) || viewer.isAdmin()
        || account.map(a -> a.organizations().stream().anyMatch(viewer::canManage)).orElse(false);
    // An unknown id looks like a forbidden one to non-admins: ids of other users are not to be probed.
    if (!allowed) throw new AccessDeniedException("无权查看用户 " + userId + " 的账号");
    return account.orElseThrow(() -> new cn.congress.nomination.platform.NotFoundException("用户不存在：" + userId));
  }

  private Optional<Account> find(String userId) {
    return SystemCalls.asSystem(identityService, () -> {
      User user = identityService.createUserQuery().userId(userId).singleResult();
      if (user == null) return Optional.empty();
      Viewer member = currentViewer.of(userId);
      List<Organization> own = new ArrayList<>(member.organizations());
      String name = (user.getFirstName() + " " + (user.getLastName() == null ? "" : user.getLastName())).trim();
      return Optional.of(new Account(user.getId(), name, own, member.roles()));
    });
  }
}
