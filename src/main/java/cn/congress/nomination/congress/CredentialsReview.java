package cn.congress.nomination.congress;

import cn.congress.nomination.audit.AuditLog;
import cn.congress.nomination.candidate.CandidateRemovals;
import cn.congress.nomination.election.Elections;
import cn.congress.nomination.election.Stage;
import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.platform.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The upper congress's credentials committee (资格审查委员会) on the delegates the conference elected: each is confirmed
 * or declared invalid with a reason. Invalid for a wrong procedure: that seat is voted again (the person may stand
 * again); not qualified: the person is removed from the candidates and the seat filled by another. Decisions are kept,
 * never changed; a delegate elected again is reviewed again.
 */
@Service("credentialsReview")
public class CredentialsReview {

  private final Conference conference;
  private final CongressStore store;
  private final CandidateRemovals removals;
  private final Elections elections;
  private final AuditLog audit;

  CredentialsReview(Conference conference, CongressStore store, CandidateRemovals removals, Elections elections,
                    AuditLog audit) {
    this.conference = conference;
    this.store = store;
    this.removals = removals;
    this.elections = elections;
    this.audit = audit;
  }

  /** The delegate and their decision, if any (null while awaiting review). */
  public record Credential(ElectedDelegate delegate, CredentialDecision decision) {}

  /** Every decision taken, in order (including those on delegates since declared invalid). */
  public List<CredentialDecision> decisions(String electionId) {
    return store.credentials(electionId);
  }

  /** The delegates as they stand (valid so far), each with the committee's decision or none yet. */
  public List<Credential> delegates(String electionId) {
    List<CredentialDecision> decisions = store.credentials(electionId);
    return conference.elected(electionId).stream().map(d -> new Credential(d, decisions.stream()
        .filter(c -> c.memberId().equals(d.memberId()) && c.round() == d.round()).findFirst().orElse(null))).toList();
  }

  /**
   * Records the committee's decisions on the delegates awaiting review, all or nothing: each named delegate awaits a
   * decision, an invalid one has a kind and a reason.
   */
  @Transactional
  public List<Credential> decide(String electionId, List<CredentialDecision.Request> requests, String user) {
    elections.get(electionId);
    if (store.filings(electionId).isEmpty()) {
      throw Conference.refusal("filing", "RESULTS_FILED", "选举结果尚未报送上级党委，不能审查代表资格");
    }
    List<Credential> awaiting = delegates(electionId).stream().filter(c -> c.decision() == null).toList();
    List<Violation> v = new ArrayList<>();
    List<CredentialDecision.Request> given = requests == null ? List.of() : requests;
    if (given.isEmpty()) v.add(Violation.of("decisions", "REQUIRED", "decisions：须对代表逐一作出审查决定"));
    Set<String> seen = new HashSet<>();
    List<CredentialDecision> decided = new ArrayList<>();
    Instant now = Instant.now();
    for (int i = 0; i < given.size(); i++) {
      CredentialDecision.Request r = given.get(i);
      String field = "decisions[" + i + "]";
      Credential c = r == null ? null : awaiting.stream().filter(a -> a.delegate().memberId().equals(r.memberId()))
          .findFirst().orElse(null);
      if (c == null) {
        v.add(Violation.of(field + ".memberId", "AWAITING_REVIEW", field + "：" + (r == null ? null : r.memberId())
            + " 不是待审查资格的代表"));
        continue;
      }
      String name = c.delegate().name();
      if (!seen.add(r.memberId())) {
        v.add(Violation.of(field + ".memberId", "DECISION_ONCE", field + "：" + name + " 重复"));
      } else if (r.decision() == null) {
        v.add(Violation.of(field + ".decision", "REQUIRED", field + "：须确认" + name + "的代表资格或宣布其无效"));
      } else if (r.decision() == CredentialDecision.Decision.INVALID && r.invalidKind() == null) {
        v.add(Violation.of(field + ".invalidKind", "REQUIRED", field + "：宣布" + name
            + "的代表资格无效须说明是选举程序违法还是本人不符合代表资格"));
      } else if (r.decision() == CredentialDecision.Decision.INVALID && (r.reason() == null || r.reason().isBlank())) {
        v.add(Violation.of(field + ".reason", "REASON_GIVEN", field + "：宣布" + name + "的代表资格无效须写明理由"));
      } else {
        boolean invalid = r.decision() == CredentialDecision.Decision.INVALID;
        decided.add(new CredentialDecision(r.memberId(), c.delegate().round(), r.decision(),
            invalid ? r.invalidKind() : null, r.reason() == null || r.reason().isBlank() ? null : r.reason().trim(), user, now));
      }
    }
    Conference.refuse("代表资格审查决定不完整", v);
    for (CredentialDecision d : decided) {
      store.insertCredential(electionId, d);
      String name = awaiting.stream().filter(a -> a.delegate().memberId().equals(d.memberId())).findFirst()
          .map(a -> a.delegate().name()).orElse(d.memberId());
      if (d.decision() == CredentialDecision.Decision.CONFIRMED) {
        audit.record(user, "DELEGATE_CREDENTIALS_CONFIRMED", Conference.SUBJECT, electionId, "确认 " + name + " 的代表资格");
      } else {
        audit.record(user, "DELEGATE_CREDENTIALS_INVALID", Conference.SUBJECT, electionId, name + " 的代表资格无效（"
            + d.invalidKind().label() + "）：" + d.reason());
        if (d.invalidKind() == CredentialDecision.InvalidKind.NOT_QUALIFIED) {
          removals.remove(electionId, d.memberId(), Stage.ELECTION, "CREDENTIALS_NOT_QUALIFIED", d.reason(), user);
        }
      }
    }
    return delegates(electionId);
  }

  /** The review step is done when every delegate standing has a decision; returns the seats left vacant. */
  public int requireReviewed(String electionId) {
    List<String> awaiting = delegates(electionId).stream().filter(c -> c.decision() == null)
        .map(c -> c.delegate().name()).toList();
    if (!awaiting.isEmpty()) {
      throw new ValidationException("代表资格尚未全部审查", List.of(Violation.of("decisions", "ALL_REVIEWED",
          "decisions：尚未审查的代表：" + String.join("、", awaiting))));
    }
    return conference.vacantSeats(electionId);
  }
}
