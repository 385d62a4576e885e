package cn.congress.nomination.congress;

import java.time.Instant;

/**
 * One round of voting as recorded: its number in the conference, why it is held (and after which round), the seats it
 * fills, its roll call, the ballots issued and returned, whether names may be written in, and where it stands. Carries
 * nothing of the count.
 */
public record Round(long id, String electionId, int number, RoundKind kind, Long previousRoundId, int seats,
                   RollCall rollCall, int issued, Integer returned, boolean writeInsAllowed, RoundStatus status,
                   String openedBy, Instant openedAt, String confirmedBy, Instant confirmedAt) {}
