package cn.congress.nomination.candidate.initial;

import java.time.Instant;
import java.util.List;

/** The filed list of initial candidates with the consolidated feedback of the units (三上). */
public record InitialFiling(long id, List<String> memberIds, String summary, String filedBy, Instant filedAt) {}
