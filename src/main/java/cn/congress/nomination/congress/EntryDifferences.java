package cn.congress.nomination.congress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The differences between the two entries of a count. Two ballot-by-ballot entries are compared ballot by ballot
 * (by number: a mark per candidate, the write-ins); otherwise their tallies are compared figure by figure.
 */
public final class EntryDifferences {
  private EntryDifferences() {}

  public static List<Difference> between(BallotForm form, CountEntry first, CountEntry second,
                                         WriteInEligibility eligibility) {
    if (first.mode() == EntryMode.BALLOTS && second.mode() == EntryMode.BALLOTS) {
      return ballots(form, first.ballots(), second.ballots());
    }
    WriteInEligibility cached = BallotCounter.memoized(eligibility);
    return tallies(form, first.tally(form, cached), second.tally(form, cached));
  }

  static List<Difference> ballots(BallotForm form, List<Ballot> first, List<Ballot> second) {
    List<Difference> d = new ArrayList<>();
    Map<Integer, Ballot> a = byNumber(first);
    Map<Integer, Ballot> b = byNumber(second);
    Set<Integer> numbers = new TreeSet<>(a.keySet());
    numbers.addAll(b.keySet());
    for (int number : numbers) {
      Ballot x = a.get(number);
      Ballot y = b.get(number);
      String field = "ballots[" + number + "]";
      if (x == null || y == null) {
        d.add(new Difference(field, "第 " + number + " 张选票只在一次录入中出现"));
        continue;
      }
      for (int i = 0; i < form.candidates().size(); i++) {
        if (x.marks().get(i) != y.marks().get(i)) {
          FormalCandidate c = form.candidates().get(i);
          d.add(new Difference(field + ".marks." + c.memberId(), "第 " + number + " 张选票对" + c.name()
              + "的标记两次录入不一致"));
        }
      }
      if (!new HashSet<>(x.writeIns()).equals(new HashSet<>(y.writeIns()))) {
        d.add(new Difference(field + ".writeIns", "第 " + number + " 张选票的另选他人两次录入不一致"));
      }
    }
    return d;
  }

  static List<Difference> tallies(BallotForm form, Tally a, Tally b) {
    List<Difference> d = new ArrayList<>();
    if (a.valid() != b.valid()) d.add(new Difference("valid", "有效票张数两次录入不一致"));
    if (a.invalid() != b.invalid()) d.add(new Difference("invalid", "无效票张数两次录入不一致"));
    for (FormalCandidate c : form.candidates()) {
      CandidateVotes x = a.of(c.memberId()).orElseThrow();
      CandidateVotes y = b.of(c.memberId()).orElseThrow();
      String field = "candidates." + c.memberId();
      if (!x.votesFor().equals(y.votesFor())) d.add(new Difference(field + ".votesFor", c.name() + "的赞成票两次录入不一致"));
      if (!x.against().equals(y.against())) d.add(new Difference(field + ".against", c.name() + "的不赞成票两次录入不一致"));
      if (!x.abstain().equals(y.abstain())) d.add(new Difference(field + ".abstain", c.name() + "的弃权票两次录入不一致"));
    }
    Map<String, Integer> x = writeIns(a);
    Map<String, Integer> y = writeIns(b);
    Set<String> people = new TreeSet<>(x.keySet());
    people.addAll(y.keySet());
    for (String id : people) {
      if (!Objects.equals(x.get(id), y.get(id))) {
        d.add(new Difference("writeIns." + id, "另选人 " + id + " 的票数两次录入不一致"));
      }
    }
    return d;
  }

  private static Map<Integer, Ballot> byNumber(List<Ballot> ballots) {
    Map<Integer, Ballot> map = new HashMap<>();
    ballots.forEach(b -> map.put(b.number(), b));
    return map;
  }

  private static Map<String, Integer> writeIns(Tally t) {
    Map<String, Integer> map = new HashMap<>();
    t.writeIns().forEach(w -> map.put(w.memberId(), w.votes()));
    return map;
  }
}
