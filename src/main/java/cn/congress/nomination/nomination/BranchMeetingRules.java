package cn.congress.nomination.nomination;

import cn.congress.nomination.platform.Violation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The arithmetic of a branch meeting record, one named rule each (stable code, Chinese message naming field and rule).
 * Field paths follow the submitted JSON: {@code expected}, {@code participants.PHONE}, {@code nominees[2].votes}.
 */
public final class BranchMeetingRules {
  private BranchMeetingRules() {}

  @FunctionalInterface
  public interface MeetingRule {
    Stream<Violation> check(BranchMeetingRecord meeting);
  }

  public static final MeetingRule EXPECTED_GIVEN = m -> m.expected() == null
      ? violation("expected", "REQUIRED", "应到人数不能为空")
      : m.expected() < 0 ? violation("expected", "NOT_NEGATIVE", "应到人数 " + m.expected() + " 不能为负数")
      : Stream.empty();

  public static final MeetingRule CHANNEL_COUNTS_NOT_NEGATIVE = m -> m.participants().entrySet().stream()
      .filter(e -> e.getValue() == null || e.getValue() < 0)
      .flatMap(e -> violation("participants." + e.getKey(), e.getValue() == null ? "REQUIRED" : "NOT_NEGATIVE",
          e.getKey().label() + "参加人数" + (e.getValue() == null ? "不能为空" : " " + e.getValue() + " 不能为负数")));

  public static final MeetingRule AT_LEAST_ONE_PARTICIPANT = m -> m.participantCount() < 1
      ? violation("participants", "AT_LEAST_ONE_PARTICIPANT", "参加人数为 " + m.participantCount() + "，至少应有 1 人参加")
      : Stream.empty();

  public static final MeetingRule PARTICIPANTS_WITHIN_EXPECTED = m -> m.expected() != null
      && m.participantCount() > m.expected()
      ? violation("participants", "PARTICIPANTS_WITHIN_EXPECTED",
          "参加人数 " + m.participantCount() + " 超过应到人数 " + m.expected())
      : Stream.empty();

  public static final MeetingRule AT_LEAST_ONE_NOMINEE = m -> m.nominees().isEmpty()
      ? violation("nominees", "AT_LEAST_ONE_NOMINEE", "至少应推荐 1 名人选") : Stream.empty();

  public static final MeetingRule NOMINEE_GIVEN = m -> eachNominee(m, (i, n) -> n == null || n.memberId() == null
      || n.memberId().isBlank()
      ? violation(nominee(i, "memberId"), "REQUIRED", "推荐人选的党员编号不能为空") : Stream.empty());

  public static final MeetingRule NO_DUPLICATE_NOMINEE = m -> {
    Map<String, Integer> firstAt = new HashMap<>();
    return eachNominee(m, (i, n) -> {
      if (n == null || n.memberId() == null || n.memberId().isBlank()) return Stream.empty();
      Integer first = firstAt.putIfAbsent(n.memberId(), i);
      return first == null ? Stream.empty() : violation(nominee(i, "memberId"), "NO_DUPLICATE_NOMINEE",
          "党员 " + n.memberId() + " 重复推荐，已见于 nominees[" + first + "]");
    });
  };

  public static final MeetingRule VOTES_WITHIN_PARTICIPANTS = m -> eachNominee(m, (i, n) -> {
    if (n == null) return Stream.empty();
    if (n.votes() == null) return violation(nominee(i, "votes"), "REQUIRED", "得票数不能为空");
    if (n.votes() < 0) return violation(nominee(i, "votes"), "NOT_NEGATIVE", "得票数 " + n.votes() + " 不能为负数");
    return n.votes() > m.participantCount() ? violation(nominee(i, "votes"), "VOTES_WITHIN_PARTICIPANTS",
        "得票数 " + n.votes() + " 超过参加人数 " + m.participantCount()) : Stream.empty();
  });

  public static final MeetingRule FULL_MEMBER_VOTES_WITHIN_VOTES = m -> eachNominee(m, (i, n) -> {
    if (n == null) return Stream.empty();
    if (n.fullMemberVotes() == null) return violation(nominee(i, "fullMemberVotes"), "REQUIRED", "正式党员得票数不能为空");
    if (n.fullMemberVotes() < 0) {
      return violation(nominee(i, "fullMemberVotes"), "NOT_NEGATIVE", "正式党员得票数 " + n.fullMemberVotes() + " 不能为负数");
    }
    // A missing or negative vote count is already reported; comparing with it would only add noise.
    return n.votes() != null && n.votes() >= 0 && n.fullMemberVotes() > n.votes()
        ? violation(nominee(i, "fullMemberVotes"), "FULL_MEMBER_VOTES_WITHIN_VOTES",
            "正式党员得票数 " + n.fullMemberVotes() + " 超过得票数 " + n.votes())
        : Stream.empty();
  });

  public static List<MeetingRule> all() {
    return List.of(EXPECTED_GIVEN, CHANNEL_COUNTS_NOT_NEGATIVE, AT_LEAST_ONE_PARTICIPANT, PARTICIPANTS_WITHIN_EXPECTED,
        AT_LEAST_ONE_NOMINEE, NOMINEE_GIVEN, NO_DUPLICATE_NOMINEE, VOTES_WITHIN_PARTICIPANTS,
        FULL_MEMBER_VOTES_WITHIN_VOTES);
  }

  /** Every violation of the record; empty when it is sound. */
  public static List<Violation> check(BranchMeetingRecord meeting) {
    return all().stream().flatMap(r -> r.check(meeting)).toList();
  }

  private interface NomineeCheck {
    Stream<Violation> check(int index, NomineeVotes nominee);
  }

  private static Stream<Violation> eachNominee(BranchMeetingRecord m, NomineeCheck check) {
    return IntStream.range(0, m.nominees().size()).boxed().flatMap(i -> check.check(i, m.nominees().get(i)));
  }

  private static String nominee(int index, String field) {
    return "nominees[" + index + "]." + field;
  }

  private static Stream<Violation> violation(String field, String rule, String reason) {
    return Stream.of(Violation.of(field, rule, field + "：" + reason));
  }
}
