package cn.congress.nomination.election;

import cn.congress.nomination.organization.Organization;
import java.util.Optional;
import java.util.Set;

/** What the validator needs from outside the request: the tree, and for a replacement what is already in use. */
interface ValidationContext {

  Optional<Organization> organization(String id);

  /** Whether an election with this id exists already (false when the request replaces that very election). */
  boolean electionIdTaken(String id);

  /** Identity categories already assigned to members of this election: they may not disappear. */
  Set<String> categoriesInUse();
}
