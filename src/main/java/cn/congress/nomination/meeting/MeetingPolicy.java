package cn.congress.nomination.meeting;

import cn.congress.nomination.platform.Violation;
import java.util.stream.Stream;

/** One rule a meeting record must keep: every violation it finds, each naming field, person and rule. */
@FunctionalInterface
public interface MeetingPolicy {
  Stream<Violation> check(MeetingCheck meeting);
}
