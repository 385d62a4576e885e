package cn.congress.nomination.candidate;

import cn.congress.nomination.election.Stage;
import java.time.Instant;

/** A name taken off the campaign: at which stage, by which rule (stable code), why, by whom. */
public record Removal(String electionId, String memberId, Stage stage, String rule, String reason, String removedBy,
                      Instant removedAt) {}
