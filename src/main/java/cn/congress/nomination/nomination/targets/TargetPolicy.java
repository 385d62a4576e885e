package cn.congress.nomination.nomination.targets;

import cn.congress.nomination.platform.Violation;
import java.util.List;

/** One rule for a list of inspection targets: every violation it finds (empty when the list keeps it). */
@FunctionalInterface
interface TargetPolicy {
  List<Violation> check(TargetSlate slate);
}
