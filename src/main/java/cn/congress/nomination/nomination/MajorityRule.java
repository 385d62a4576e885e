package cn.congress.nomination.nomination;

import cn.congress.nomination.election.Threshold;
import cn.congress.nomination.election.VoterBasis;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Which nominees are the branch's names: those whose counted votes meet the threshold. The threshold is the election
 * package's {@link Threshold} (fraction, strict or not, over participants or expected members), compared in whole
 * numbers.
 * Apply it to a record {@link BranchMeetingRules} accepted.
 */
public record MajorityRule(Threshold threshold, VoteCount counting) {

  /** More than half of the members taking part, counting every vote. */
  public static final MajorityRule MAJORITY_OF_PARTICIPANTS =
      new MajorityRule(new Threshold(1, 2, true, VoterBasis.PRESENT), VoteCount.ALL_VOTES);

  public MajorityRule {
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(counting, "counting");
    if (threshold.numerator() == null || threshold.denominator() == null || threshold.basis() == null
        || threshold.numerator() < 0 || threshold.denominator() <= 0
        || threshold.numerator() > threshold.denominator()) {
      throw new IllegalArgumentException("推荐规则的比例无效：" + threshold);
    }
  }

  /** One nominee's standing: the votes counted, the votes needed and whether they are backed. */
  public record Tally(String memberId, int counted, int needed, boolean backed) {}

  /** The votes a nominee needs at this meeting. */
  public int needed(BranchMeetingRecord meeting) {
    return threshold.minimumVotes(meeting.expected(), meeting.participantCount());
  }

  /** Every nominee in the order of the record. */
  public List<Tally> tally(BranchMeetingRecord meeting) {
    int needed = needed(meeting);
    return meeting.nominees().stream()
        .map(n -> new Tally(n.memberId(), counting.of(n), needed, counting.of(n) >= needed))
        .toList();
  }

  /** The branch's names, most counted votes first; ties keep the record's order. */
  public List<Tally> branchNames(BranchMeetingRecord meeting) {
    return tally(meeting).stream().filter(Tally::backed)
        .sorted(Comparator.comparingInt(Tally::counted).reversed()).toList();
  }

  public String describe() {
    String basis = threshold.basis() == VoterBasis.PRESENT ? "参加人数" : "应到人数";
    return counting.label() + (threshold.strictBound() ? "超过" : "不少于") + basis
        + "的" + threshold.numerator() + "/" + threshold.denominator();
  }
}
