package cn.congress.nomination.meeting;

import java.time.Instant;
import java.util.List;

/** A stored meeting record: who recorded and who confirmed or rejected it, the counts and every name voted on. */
public record Meeting(long id, String electionId, String organizationId, MeetingKind kind, MeetingStatus status,
                      int expected, int present, String decision, String recordedBy, Instant recordedAt,
                      String confirmedBy, Instant confirmedAt, String rejectedBy, Instant rejectedAt,
                      String rejectionReason, List<Vote> votes) {

  /** One name at the meeting, with the support it had in the ranking (rank null when it was not ranked). */
  public record Vote(String memberId, String name, int votes, boolean selected, String departureReason, Integer rank,
                     int branches, int members) {}

  public List<String> selectedMemberIds() {
    return votes.stream().filter(Vote::selected).map(Vote::memberId).toList();
  }
}
