package cn.congress.nomination.publicity;

import cn.congress.nomination.platform.Violation;
import java.util.Collection;
import java.util.Optional;

/** One rule an objection must meet, with its reason text. */
@FunctionalInterface
interface ObjectionPolicy {

  /** The names published, to check the objection is about one of them. */
  record Context(Collection<String> publishedMemberIds, boolean enteredByStaff) {}

  Optional<Violation> check(ObjectionRequest request, Context context);
}
