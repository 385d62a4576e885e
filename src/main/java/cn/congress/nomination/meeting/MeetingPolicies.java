package cn.congress.nomination.meeting;

import cn.congress.nomination.platform.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The rules of a meeting record, one named policy each (stable code, Chinese message naming field, person and rule).
 * Field paths follow the submitted JSON: {@code expected}, {@code present}, {@code votes[2].votes}.
 */
public final class MeetingPolicies {
  private MeetingPolicies() {}

  public static final MeetingPolicy EXPECTED_POSITIVE = m -> m.draft().expected() == null
      ? violation("expected", "REQUIRED", "应到人数不能为空")
      : m.draft().expected() <= 0
          ? violation("expected", "EXPECTED_POSITIVE", "应到人数为 " + m.draft().expected() + "，应到人数必须大于 0")
          : Stream.empty();

  public static final MeetingPolicy PRESENT_WITHIN_EXPECTED = m -> {
    Integer present = m.draft().present();
    Integer expected = m.draft().expected();
    if (present == null) return violation("present", "REQUIRED", "实到人数不能为空");
    if (present < 0) return violation("present", "NOT_NEGATIVE", "实到人数 " + present + " 不能为负数");
    return expected != null && present > expected
        ? violation("present", "PRESENT_WITHIN_EXPECTED", "实到人数 " + present + " 超过应到人数 " + expected
            + "（实到人数不得超过应到人数）")
        : Stream.empty();
  };

  /** The election's quorum; only judged on counts the rules above accept. */
  public static final MeetingPolicy QUORUM = m -> {
    Integer present = m.draft().present();
    Integer expected = m.draft().expected();
    if (m.quorum() == null || expected == null || present == null || expected <= 0 || present < 0 || present > expected) {
      return Stream.empty();
    }
    return m.quorum().isMetBy(expected, present) ? Stream.empty()
        : violation("present", "QUORUM", "实到 " + present + " 人，应到 " + expected + " 人，未达到法定人数（"
            + m.quorum().describe() + "，至少 " + m.quorum().minimumPresent(expected) + " 人），会议无效");
  };

  public static final MeetingPolicy DECISION_GIVEN = m -> m.draft().decision() == null || m.draft().decision().isBlank()
      ? violation("decision", "REQUIRED", "会议决定（决议内容）不能为空") : Stream.empty();

  public static final MeetingPolicy MEMBER_GIVEN = m -> eachVote(m, (i, v) -> v == null || v.memberId() == null
      || v.memberId().isBlank()
      ? violation(vote(i, "memberId"), "REQUIRED", "人选的党员编号不能为空") : Stream.empty());

  public static final MeetingPolicy NO_DUPLICATE_NAME = m -> {
    Map<String, Integer> firstAt = new HashMap<>();
    return eachVote(m, (i, v) -> {
      if (v == null || v.memberId() == null || v.memberId().isBlank()) return Stream.empty();
      Integer first = firstAt.putIfAbsent(v.memberId(), i);
      return first == null ? Stream.empty() : violation(vote(i, "memberId"), "NO_DUPLICATE_NAME",
          m.person(v.memberId()) + " 重复列出，已见于 votes[" + first + "]（每名人选只能列一次）");
    });
  };

  public static final MeetingPolicy VOTES_WITHIN_PRESENT = m -> eachVote(m, (i, v) -> {
    if (v == null || v.memberId() == null) return Stream.empty();
    if (v.votes() == null) return violation(vote(i, "votes"), "REQUIRED", m.person(v.memberId()) + " 的得票数不能为空");
    if (v.votes() < 0) {
      return violation(vote(i, "votes"), "NOT_NEGATIVE", m.person(v.memberId()) + " 的得票数 " + v.votes() + " 不能为负数");
    }
    Integer present = m.draft().present();
    return present != null && v.votes() > present
        ? violation(vote(i, "votes"), "VOTES_WITHIN_PRESENT", m.person(v.memberId()) + " 得票 " + v.votes()
            + " 超过实到人数 " + present + "（得票数不得超过实到人数）")
        : Stream.empty();
  });

  public static final MeetingPolicy AT_LEAST_ONE_SELECTED = m -> m.votes().stream().anyMatch(v -> v != null && v.selected())
      ? Stream.empty() : violation("votes", "AT_LEAST_ONE_SELECTED", "会议至少应确定 1 名人选");

  /** A name is selected by more than half of the members present. */
  public static final MeetingPolicy SELECTED_BY_MAJORITY = m -> eachVote(m, (i, v) -> {
    Integer present = m.draft().present();
    if (v == null || !v.selected() || v.votes() == null || v.votes() < 0 || present == null || present < 0) {
      return Stream.empty();
    }
    return 2L * v.votes() > present ? Stream.empty()
        : violation(vote(i, "votes"), "SELECTED_BY_MAJORITY", m.person(v.memberId()) + " 得票 " + v.votes()
            + "，未超过实到人数 " + present + " 的半数，不能确定为人选（须经到会成员过半数同意）");
  });

  /** With a ranking shown, the meeting selects from the names in it. */
  public static final MeetingPolicy IN_RANKING = m -> {
    if (m.ranking().isEmpty()) return Stream.empty();
    Set<String> ranked = new HashSet<>();
    m.ranking().forEach(r -> ranked.add(r.memberId()));
    return eachVote(m, (i, v) -> v != null && v.selected() && v.memberId() != null && !ranked.contains(v.memberId())
        ? violation(vote(i, "memberId"), "IN_RANKING", m.person(v.memberId())
            + " 不在下级推荐的人选排序中，不能确定为人选（只能从下级推荐的人选中遴选）")
        : Stream.empty());
  };

  /**
   * Selecting a name ranked lower (less support) while a higher-ranked one is left out departs from the support: the
   * selected lower one and the omitted higher one each need a recorded reason. Equal support is no departure.
   */
  public static final MeetingPolicy DEPARTURE_REASON = m -> {
    if (m.ranking().isEmpty()) return Stream.empty();
    Map<String, Integer> ranks = m.ranks();
    Map<String, Integer> indexOf = new HashMap<>();
    Set<String> selected = new HashSet<>();
    for (int i = 0; i < m.votes().size(); i++) {
      MeetingVote v = m.votes().get(i);
      if (v == null || v.memberId() == null) continue;
      indexOf.putIfAbsent(v.memberId(), i);
      if (v.selected()) selected.add(v.memberId());
    }
    // the worst-ranked selected name and the best-ranked omitted one decide whether anything departs
    String worstSelected = null;
    for (String s : selected) {
      Integer r = ranks.get(s);
      if (r != null && (worstSelected == null || r > ranks.get(worstSelected))) worstSelected = s;
    }
    String bestOmitted = null;
    for (RankedName r : m.ranking()) {
      if (!selected.contains(r.memberId())) {
        bestOmitted = r.memberId();
        break;
      }
    }
    if (worstSelected == null || bestOmitted == null || ranks.get(worstSelected) <= ranks.get(bestOmitted)) {
      return Stream.empty();
    }
    List<Violation> violations = new ArrayList<>();
    int bestOmittedRank = ranks.get(bestOmitted);
    int worstSelectedRank = ranks.get(worstSelected);
    for (int i = 0; i < m.votes().size(); i++) {
      MeetingVote v = m.votes().get(i);
      if (v == null || v.memberId() == null || !v.selected() || indexOf.get(v.memberId()) != i) continue;
      Integer r = ranks.get(v.memberId());
      if (r != null && r > bestOmittedRank && blank(v.departureReason())) {
        violations.add(Violation.of(vote(i, "departureReason"), "DEPARTURE_REASON", vote(i, "departureReason") + "："
            + m.person(v.memberId()) + " 排序第 " + r + " 位，排序第 " + bestOmittedRank + " 位的 "
            + m.person(bestOmitted) + " 未被确定而其被确定，偏离推荐排序须说明理由"));
      }
    }
    for (RankedName ranked : m.ranking()) {
      int r = ranks.get(ranked.memberId());
      if (selected.contains(ranked.memberId()) || r >= worstSelectedRank) continue;
      Integer i = indexOf.get(ranked.memberId());
      if (i == null) {
        violations.add(Violation.of("votes", "DEPARTURE_REASON", "votes：" + m.person(ranked.memberId()) + " 排序第 "
            + r + " 位，未被确定而排序第 " + worstSelectedRank + " 位的 " + m.person(worstSelected)
            + " 被确定，须列出该人选并说明理由（偏离推荐排序须说明理由）"));
      } else if (blank(m.votes().get(i).departureReason())) {
        violations.add(Violation.of(vote(i, "departureReason"), "DEPARTURE_REASON", vote(i, "departureReason") + "："
            + m.person(ranked.memberId()) + " 排序第 " + r + " 位，未被确定而排序第 " + worstSelectedRank + " 位的 "
            + m.person(worstSelected) + " 被确定，偏离推荐排序须说明理由"));
      }
    }
    return violations.stream();
  };

  public static List<MeetingPolicy> all() {
    return List.of(EXPECTED_POSITIVE, PRESENT_WITHIN_EXPECTED, QUORUM, DECISION_GIVEN, MEMBER_GIVEN, NO_DUPLICATE_NAME,
        VOTES_WITHIN_PRESENT, AT_LEAST_ONE_SELECTED, SELECTED_BY_MAJORITY, IN_RANKING, DEPARTURE_REASON);
  }

  /** Every violation of the record, in the order of the policies; empty when it is sound. */
  public static List<Violation> check(MeetingCheck meeting) {
    return all().stream().flatMap(p -> p.check(meeting)).toList();
  }

  /** The second person: whoever recorded a meeting cannot confirm (or reject) it. */
  public static List<Violation> secondPerson(String recordedBy, String actor) {
    return recordedBy != null && recordedBy.equals(actor)
        ? List.of(Violation.of("confirmedBy", "SECOND_PERSON", "confirmedBy：会议记录由 " + recordedBy
            + " 录入，须由另一人确认（录入人不能确认自己录入的会议记录）"))
        : List.of();
  }

  private interface VoteCheck {
    Stream<Violation> check(int index, MeetingVote vote);
  }

  private static Stream<Violation> eachVote(MeetingCheck m, VoteCheck check) {
    return IntStream.range(0, m.votes().size()).boxed().flatMap(i -> check.check(i, m.votes().get(i)));
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String vote(int index, String field) {
    return "votes[" + index + "]." + field;
  }

  private static Stream<Violation> violation(String field, String rule, String reason) {
    return Stream.of(Violation.of(field, rule, field + "：" + reason));
  }
}
