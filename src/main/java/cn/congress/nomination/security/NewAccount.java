package cn.congress.nomination.security;

import java.util.List;

/** A request to open a user account: one organization where the user acts, and what they do there. */
record NewAccount(String id, String name, String password, String organizationId, List<String> roles) {

  List<String> rolesOrEmpty() {
    return roles == null ? List.of() : roles;
  }
}
