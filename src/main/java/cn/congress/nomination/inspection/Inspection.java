package cn.congress.nomination.inspection;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One target's inspection: status, where the notice is posted and for how long (the working-day period kept here), whose
 * opinions are asked, when the musts were submitted, the conclusion (null until saved), how it ended.
 */
public record Inspection(String electionId, String memberId, String name, InspectionStatus status,
                         String processInstanceId, String partyOrganizationId, String workplaceId, boolean leadingCadre,
                         boolean needsRegulators, LocalDate startedOn, LocalDate noticeFirstDay, LocalDate noticeLastDay,
                         Instant noticeEndsAt, Instant noticeClosedAt, String mustsSubmittedBy,
                         Instant mustsSubmittedAt, Conclusion conclusion, Instant endedAt, String endReason) {

  public boolean inProgress() {
    return status == InspectionStatus.IN_PROGRESS;
  }

  public boolean noticeOver() {
    return noticeClosedAt != null;
  }

  public enum Check {
    PASSED("通过"),
    FAILED("不通过");

    private final String label;

    Check(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** The political and integrity checks (each with its finding) and who concluded them. */
  public record Conclusion(Check political, String politicalFinding, Check integrity, String integrityFinding,
                           String concludedBy, Instant concludedAt) {

    /** What the inspection team sends. */
    public record Request(Check political, String politicalFinding, Check integrity, String integrityFinding) {}
  }

  /** One signature of the integrity conclusion. */
  public record Signature(Signatory signatory, String signedBy, Instant signedAt) {}
}
