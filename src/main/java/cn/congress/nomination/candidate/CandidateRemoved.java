package cn.congress.nomination.candidate;

/**
 * Published (in the remover's transaction) when a name is taken off, so the stage holding the person can react at
 * once: an inspection in progress ends, a publicity list marks the name, a ballot leaves it out.
 */
public record CandidateRemoved(Removal removal) {}
