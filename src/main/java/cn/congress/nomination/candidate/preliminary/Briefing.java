package cn.congress.nomination.candidate.preliminary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The briefing of the democratic parties, the federation of industry and commerce and non-party figures on the
 * preliminary candidates (通报情况、听取意见): when it was held, who attended by group, the opinions heard.
 */
public record Briefing(LocalDate heldOn, List<Attendance> attendees, String opinions, String recordedBy,
                       Instant recordedAt) {

  /** The groups briefed, each with its name in Chinese. */
  public enum Group {
    DEMOCRATIC_PARTIES("民主党派"),
    FEDERATION_OF_INDUSTRY_AND_COMMERCE("工商联"),
    NON_PARTY_FIGURES("无党派人士");

    private final String label;

    Group(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** How many of a group attended, and who (free text). */
  public record Attendance(Group group, Integer count, String names) {}

  /** The briefing as the organization department records it. */
  public record Request(LocalDate heldOn, List<Attendance> attendees, String opinions) {}
}
