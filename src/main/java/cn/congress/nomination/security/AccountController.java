package cn.congress.nomination.security;

import cn.congress.nomination.organization.Organization;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** User accounts: opened by the managers of an organization, read by them and by the user themself. */
@RestController
@RequestMapping("/api/accounts")
@Tag(name = "accounts", description = "用户账号")
class AccountController {

  private final Accounts accounts;
  private final CurrentViewer currentViewer;

  AccountController(Accounts accounts, CurrentViewer currentViewer) {
    this.accounts = accounts;
    this.currentViewer = currentViewer;
  }

  record OrganizationRef(String id, String name, String type) {
    static OrganizationRef of(Organization o) {
      return new OrganizationRef(o.id(), o.name(), o.type().name());
    }
  }

  record AccountView(String id, String name, List<OrganizationRef> organizations, List<String> roles) {
    static AccountView of(Accounts.Account a) {
      return new AccountView(a.id(), a.name(), a.organizations().stream().map(OrganizationRef::of).toList(),
          a.roles().stream().map(Role::name).sorted().toList());
    }
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Open an account in an organization the signed-in user manages (ADMIN only by an admin)")
  AccountView open(@RequestBody NewAccount request) {
    return AccountView.of(accounts.open(currentViewer.get(), request));
  }

  @GetMapping("/{id}")
  @Operation(summary = "One account: its organizations and roles")
  AccountView get(@PathVariable String id) {
    return AccountView.of(accounts.read(currentViewer.get(), id));
  }
}
