package cn.congress.nomination.candidate;

import cn.congress.nomination.platform.Violation;
import java.util.List;

/** One rule for a list of names: every violation it finds (empty when the list keeps it). */
@FunctionalInterface
public interface SlatePolicy {
  List<Violation> check(Slate slate);
}
