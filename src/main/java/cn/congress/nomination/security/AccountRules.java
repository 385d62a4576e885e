package cn.congress.nomination.security;

import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.platform.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The rules a new account must satisfy, each a named check with a stable code and a reason in Chinese. */
final class AccountRules {
  private AccountRules() {}

  static final int MIN_PASSWORD_LENGTH = 8;
  static final int MAX_ID_LENGTH = 64;
  static final int MAX_NAME_LENGTH = 100;
  // Same alphabet as the engine's resource whitelist (application.yaml): an id the engine would refuse is refused here.
  private static final Pattern ID = Pattern.compile("[a-zA-Z0-9_.-]+");

  /** What the rules need to know beyond the request itself. */
  interface Facts {
    boolean userExists(String id);

    boolean organizationExists(String id);
  }

  @FunctionalInterface
  interface AccountRule {
    Stream<Violation> check(NewAccount account, Facts facts);
  }

  static final AccountRule ID_FORMAT = (a, f) -> blank(a.id()) || a.id().length() > MAX_ID_LENGTH
      || !ID.matcher(a.id()).matches()
      ? Stream.of(Violation.of("id", "ID_FORMAT",
          "用户名只能由字母、数字、点、下划线和连字符组成，长度 1 至 " + MAX_ID_LENGTH))
      : Stream.empty();

  static final AccountRule ID_UNIQUE = (a, f) -> !blank(a.id()) && f.userExists(a.id())
      ? Stream.of(Violation.of("id", "ID_UNIQUE", "用户名 " + a.id() + " 已存在"))
      : Stream.empty();

  static final AccountRule NAME_REQUIRED = (a, f) -> blank(a.name()) || a.name().length() > MAX_NAME_LENGTH
      ? Stream.of(Violation.of("name", "NAME_REQUIRED", "姓名不能为空，且不超过 " + MAX_NAME_LENGTH + " 个字符"))
      : Stream.empty();

  static final AccountRule PASSWORD_LENGTH = (a, f) -> a.password() == null
      || a.password().length() < MIN_PASSWORD_LENGTH
      ? Stream.of(Violation.of("password", "PASSWORD_LENGTH", "密码至少 " + MIN_PASSWORD_LENGTH + " 个字符"))
      : Stream.empty();

  static final AccountRule ORGANIZATION_KNOWN = (a, f) -> blank(a.organizationId())
      || !f.organizationExists(a.organizationId())
      ? Stream.of(Violation.of("organizationId", "ORGANIZATION_KNOWN",
          "组织 " + (a.organizationId() == null ? "" : a.organizationId()) + " 不存在"))
      : Stream.empty();

  static final AccountRule ROLES_KNOWN = (a, f) -> {
    if (a.rolesOrEmpty().isEmpty()) {
      return Stream.of(Violation.of("roles", "ROLES_KNOWN", "至少指定一个角色"));
    }
    return a.rolesOrEmpty().stream().filter(r -> role(r).isEmpty())
        .map(r -> Violation.of("roles", "ROLES_KNOWN", "未知角色：" + r));
  };

  static List<AccountRule> all() {
    return List.of(ID_FORMAT, ID_UNIQUE, NAME_REQUIRED, PASSWORD_LENGTH, ORGANIZATION_KNOWN, ROLES_KNOWN);
  }

  static List<Violation> check(NewAccount account, Facts facts) {
    List<Violation> violations = new ArrayList<>();
    for (AccountRule rule : all()) rule.check(account, facts).forEach(violations::add);
    return violations;
  }

  static Facts facts(Organizations organizations, java.util.function.Predicate<String> userExists) {
    return new Facts() {
      public boolean userExists(String id) {
        return userExists.test(id);
      }

      public boolean organizationExists(String id) {
        return organizations.find(id).isPresent();
      }
    };
  }

  static Optional<Role> role(String name) {
    if (name == null) return Optional.empty();
    return java.util.Arrays.stream(Role.values()).filter(r -> r.name().equals(name)).findFirst();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
