package cn.congress.nomination.meeting;

import java.util.List;

/** A meeting record as submitted: members expected and present, the decision's text, the votes per name. */
public record MeetingDraft(Integer expected, Integer present, String decision, List<MeetingVote> votes) {}
