package cn.congress.nomination.congress;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * When a ballot or a write-in counts. A ballot choosing more names than there are seats is void (所选人数多于应选
 * 人数的为无效票); the names it chooses are the candidates marked "for" and the names written in beside a candidate
 * marked "against". A write-in counts only where the rules allow write-ins, beside a candidate marked "against" (an
 * abstainer may not write in; beside a "for" it contradicts the mark), for an identified member who is not already on
 * the ballot and who is eligible (full member within the electoral unit); a person written in twice on one ballot
 * counts once.
 */
final class BallotValidity {
  private BallotValidity() {}

  static final String OVER_MARKED = "OVER_MARKED";

  /** The names a ballot chooses: marked "for", or written in beside an "against". */
  static int selections(BallotForm form, Ballot ballot) {
    int chosen = 0;
    for (Mark m : ballot.marks()) if (m == Mark.FOR) chosen++;
    if (ballot.writeIns().isEmpty()) return chosen;
    Map<String, Integer> lines = form.lines();
    for (WriteIn w : ballot.writeIns()) {
      Integer line = lines.get(w.replaces());
      if (line != null && ballot.marks().get(line) == Mark.AGAINST) chosen++;
    }
    return chosen;
  }

  static final BallotPolicy NOT_OVER_MARKED = (form, ballot) -> {
    int chosen = selections(form, ballot);
    return chosen <= form.seats() ? Optional.empty() : Optional.of(new BallotFinding(ballot.number(), OVER_MARKED, true,
        "第 " + ballot.number() + " 张选票选了 " + chosen + " 人，多于应选的 " + form.seats() + " 人，为无效票"));
  };

  static final WriteInPolicy WRITE_INS_ALLOWED = (form, mark, w, eligibility) -> form.writeInsAllowed()
      ? Optional.empty() : Optional.of("WRITE_INS_NOT_ALLOWED");

  static final WriteInPolicy ABSTAINER_NO_WRITE_IN = (form, mark, w, eligibility) -> mark == Mark.ABSTAIN
      ? Optional.of("ABSTAINER_NO_WRITE_IN") : Optional.empty();

  static final WriteInPolicy BESIDE_AGAINST = (form, mark, w, eligibility) -> mark == Mark.FOR
      ? Optional.of("WRITE_IN_BESIDE_FOR") : Optional.empty();

  static final WriteInPolicy IDENTIFIED = (form, mark, w, eligibility) -> w.memberId() == null || w.memberId().isBlank()
      ? Optional.of("WRITE_IN_UNIDENTIFIED") : Optional.empty();

  static final WriteInPolicy NOT_ON_BALLOT = (form, mark, w, eligibility) -> form.candidates().stream().anyMatch(c -> c.memberId().equals(w.memberId()))
      ? Optional.of("WRITE_IN_ON_BALLOT") : Optional.empty();

  static final WriteInPolicy ELIGIBLE = (form, mark, w, eligibility) -> eligibility.refuse(w.memberId()).isPresent()
      ? Optional.of("WRITE_IN_INELIGIBLE") : Optional.empty();

  static List<BallotPolicy> ballotPolicies() {
    return List.of(NOT_OVER_MARKED);
  }

  /** In order: the first rule broken is the one reported. */
  static List<WriteInPolicy> writeInPolicies() {
    return List.of(WRITE_INS_ALLOWED, ABSTAINER_NO_WRITE_IN, BESIDE_AGAINST, IDENTIFIED, NOT_ON_BALLOT, ELIGIBLE);
  }

  static String message(String rule, Integer ballot, WriteIn w, String candidate, WriteInEligibility eligibility) {
    String where = (ballot == null ? "" : "第 " + ballot + " 张选票") + "另选的“" + (w.name() == null ? w.memberId() : w.name())
        + "”";
    return where + switch (rule) {
      case "WRITE_INS_NOT_ALLOWED" -> "不计票：本轮选举不允许另选他人";
      case "ABSTAINER_NO_WRITE_IN" -> "不计票：对" + candidate + "弃权的，不得另选他人";
      case "WRITE_IN_BESIDE_FOR" -> "不计票：已赞成" + candidate + "，不能在其旁另选他人";
      case "WRITE_IN_UNIDENTIFIED" -> "不计票：无法确认为本选举单位的党员";
      case "WRITE_IN_ON_BALLOT" -> "不计票：此人已是候选人";
      case "WRITE_IN_REPEATED" -> "不计票：同一张选票上重复另选同一人";
      case "WRITE_IN_INELIGIBLE" -> "不计票：" + eligibility.refuse(w.memberId()).orElse("不符合条件");
      default -> "不计票";
    };
  }
}
