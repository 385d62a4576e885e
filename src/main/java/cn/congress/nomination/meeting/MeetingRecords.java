package cn.congress.nomination.meeting;

import java.util.List;
import org.springframework.stereotype.Service;

/** CONTRACT SKELETON (helper U implements): meeting records, recorded by one person and confirmed by another. */
@Service
public class MeetingRecords {

  public long record(String electionId, String organizationId, MeetingKind kind, MeetingDraft draft,
                     List<RankedName> ranking, String recordedBy) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  public void confirm(long meetingId, String confirmedBy) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  public void reject(long meetingId, String rejectedBy, String reason) {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
