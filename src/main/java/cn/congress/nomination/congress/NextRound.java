package cn.congress.nomination.congress;

import java.util.List;

/**
 * The round due next: its kind, the round it follows (null for the first), the seats it fills, whether the conference
 * chooses its candidates (supplementary round, re-election) and the ballot — or, when it chooses, whom it may choose from.
 */
public record NextRound(RoundKind kind, Long previousRoundId, int seats, boolean candidatesChosen,
                        List<FormalCandidate> candidates) {}
