package cn.congress.nomination.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.platform.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The inspection's rules as plain Java: the four musts, opinions, complaints, conclusion, dual signature. */
class InspectionPoliciesTest {

  private static Evidence evidence(EvidenceSource source) {
    return new Evidence(source, "档号 2024-1", "未发现问题");
  }

  private static List<MustRecord> complete(boolean personalMatters) {
    List<MustRecord> musts = new ArrayList<>();
    musts.add(new MustRecord(Must.ARCHIVE_REVIEW, Must.Result.CLEAR, null, List.of(evidence(EvidenceSource.ARCHIVE))));
    musts.add(personalMatters
        ? new MustRecord(Must.PERSONAL_MATTERS, Must.Result.CLEAR, null,
            List.of(evidence(EvidenceSource.PERSONAL_MATTERS_REPORT)))
        : new MustRecord(Must.PERSONAL_MATTERS, Must.Result.NOT_APPLICABLE, null, List.of()));
    musts.add(new MustRecord(Must.DISCIPLINE_OPINION, Must.Result.CLEAR, null,
        List.of(evidence(EvidenceSource.DISCIPLINE_OPINION))));
    musts.add(new MustRecord(Must.COMPLAINTS, Must.Result.NOT_APPLICABLE, null, List.of()));
    return musts;
  }

  private static Complaint complaint(long id, boolean specific, Complaint.Conclusion conclusion) {
    return new Complaint(id, Instant.EPOCH, "来信", "反映问题", specific, true, "kcz", conclusion,
        conclusion == null ? null : "已核查", List.of(), null, null);
  }

  private static List<String> rules(List<Violation> violations) {
    return violations.stream().map(Violation::rule).toList();
  }

  private static List<String> check(List<MustRecord> musts, List<Complaint> complaints, boolean cadre,
                                    boolean heard, boolean noticeOver) {
    return rules(InspectionPolicies.checkMusts(new InspectionPolicies.MustsCheck(musts, complaints, cadre, heard,
        noticeOver)));
  }

  @Test
  void completeMustsOfATargetWhoIsNoLeadingCadre_pass() {
    assertThat(check(complete(false), List.of(), false, true, true)).isEmpty();
  }

  @Test
  void everyMustIsRecorded() {
    List<MustRecord> three = complete(false).subList(0, 3);
    assertThat(check(three, List.of(), false, true, true)).containsExactly("MUSTS_COMPLETE");
  }

  @Test
  void leadingCadre_personalMattersReportChecked() {
    assertThat(check(complete(false), List.of(), true, true, true)).containsExactly("PERSONAL_MATTERS_CHECKED");
    assertThat(check(complete(true), List.of(), true, true, true)).isEmpty();
  }

  @Test
  void archiveAndDisciplineOpinionAlwaysApply() {
    List<MustRecord> musts = new ArrayList<>(complete(false));
    musts.set(0, new MustRecord(Must.ARCHIVE_REVIEW, Must.Result.NOT_APPLICABLE, null, List.of()));
    assertThat(check(musts, List.of(), false, true, true)).containsExactly("MUST_APPLIES");
  }

  @Test
  void evidenceNamesItsSourceAndIncludesTheMustsOwn() {
    List<MustRecord> musts = new ArrayList<>(complete(false));
    musts.set(0, new MustRecord(Must.ARCHIVE_REVIEW, Must.Result.CLEAR, null, List.of()));
    assertThat(check(musts, List.of(), false, true, true)).containsExactly("MUST_EVIDENCE");
    musts.set(0, new MustRecord(Must.ARCHIVE_REVIEW, Must.Result.CLEAR, null, List.of(evidence(EvidenceSource.AUDIT))));
    assertThat(check(musts, List.of(), false, true, true)).containsExactly("MUST_EVIDENCE_SOURCE");
    musts.set(0, new MustRecord(Must.ARCHIVE_REVIEW, Must.Result.CLEAR, null,
        List.of(new Evidence(EvidenceSource.ARCHIVE, null, " "))));
    assertThat(check(musts, List.of(), false, true, true)).containsExactly("MUST_EVIDENCE");
  }

  @Test
  void issuesFoundAreDescribed() {
    List<MustRecord> musts = new ArrayList<>(complete(false));
    musts.set(0, new MustRecord(Must.ARCHIVE_REVIEW, Must.Result.ISSUES_FOUND, " ",
        List.of(evidence(EvidenceSource.ARCHIVE))));
    assertThat(check(musts, List.of(), false, true, true)).containsExactly("MUST_FINDING");
  }

  @Test
  void disciplineOpinionHeardAndNoticeOver() {
    assertThat(check(complete(false), List.of(), false, false, false))
        .containsExactly("DISCIPLINE_OPINION_HEARD", "NOTICE_PERIOD_OVER");
  }

  @Test
  void specificComplaints_verifiedAndTheMustApplies() {
    List<Complaint> open = List.of(complaint(7, true, null), complaint(8, false, null));
    assertThat(check(complete(false), open, false, true, true)).containsExactlyInAnyOrder("MUST_APPLIES",
        "COMPLAINT_VERIFIED");
    List<MustRecord> musts = new ArrayList<>(complete(false));
    musts.set(3, new MustRecord(Must.COMPLAINTS, Must.Result.CLEAR, null, List.of(evidence(EvidenceSource.ARCHIVE))));
    List<Complaint> verified = List.of(complaint(7, true, Complaint.Conclusion.UNSUBSTANTIATED), complaint(8, false, null));
    assertThat(check(musts, verified, false, true, true)).containsExactly("MUST_EVIDENCE_SOURCE");
    musts.set(3, new MustRecord(Must.COMPLAINTS, Must.Result.CLEAR, null, List.of(evidence(EvidenceSource.PETITION))));
    assertThat(check(musts, verified, false, true, true)).isEmpty();
    // only unspecific complaints: "not applicable" is allowed
    assertThat(check(complete(false), List.of(complaint(8, false, null)), false, true, true)).isEmpty();
  }

  @Test
  void verification_needsConclusionTextAndEvidenceFromTheNamedSources() {
    Complaint specific = complaint(7, true, null);
    assertThat(rules(InspectionPolicies.checkVerification(specific, new Complaint.Verification(null, " ", List.of()))))
        .containsExactly("VERIFICATION_CONCLUSION", "VERIFICATION_TEXT", "VERIFICATION_EVIDENCE");
    assertThat(rules(InspectionPolicies.checkVerification(specific, new Complaint.Verification(
        Complaint.Conclusion.SUBSTANTIATED, "属实", List.of(evidence(EvidenceSource.AUDIT)))))).isEmpty();
    assertThat(rules(InspectionPolicies.checkVerification(complaint(8, false, null), new Complaint.Verification(
        Complaint.Conclusion.SUBSTANTIATED, "属实", List.of(evidence(EvidenceSource.AUDIT))))))
        .containsExactly("COMPLAINT_NOT_SPECIFIC");
  }

  @Test
  void complaintAndOpinionAndConclusionFields() {
    assertThat(rules(InspectionPolicies.checkComplaint(new Complaint.Request(" ", "x".repeat(4001), null))))
        .containsExactly("COMPLAINT_CHANNEL", "TEXT_LENGTH", "COMPLAINT_SPECIFIC");
    assertThat(rules(InspectionPolicies.checkOpinion(OpinionSource.REGULATOR, new Opinion.Request(null, "", null))))
        .containsExactly("OPINION_GIVEN", "OPINION_TEXT", "REGULATOR_NAMED");
    assertThat(rules(InspectionPolicies.checkOpinion(OpinionSource.PARTY_ORGANIZATION,
        new Opinion.Request(false, "不同意", null)))).isEmpty();
    assertThat(rules(InspectionPolicies.checkConclusion(new Inspection.Conclusion.Request(Inspection.Check.FAILED, " ",
        null, "廉洁")))).containsExactly("CONCLUSION_FINDING", "CONCLUSION_GIVEN");
  }

  @Test
  void dualSignature_twoDifferentPeople() {
    Instant now = Instant.EPOCH;
    List<Inspection.Signature> secretary = List.of(new Inspection.Signature(Signatory.COMMITTEE_SECRETARY, "a", now));
    assertThat(rules(InspectionPolicies.checkSignature(Signatory.DISCIPLINE_SECRETARY, "a", secretary)))
        .containsExactly("SEPARATE_SIGNATORIES");
    assertThat(InspectionPolicies.checkSignature(Signatory.DISCIPLINE_SECRETARY, "a", secretary).get(0).message())
        .contains("两人分别签字");
    assertThat(rules(InspectionPolicies.checkSignature(Signatory.DISCIPLINE_SECRETARY, "b", secretary))).isEmpty();
    assertThat(rules(InspectionPolicies.checkSignature(Signatory.COMMITTEE_SECRETARY, "b", secretary)))
        .containsExactly("ALREADY_SIGNED");
  }
}
