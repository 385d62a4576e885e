package cn.congress.nomination.election;

import java.time.LocalDate;

/** An election in a listing: enough to choose it, not its configuration. */
public record ElectionSummary(String id, String electoralUnitId, String name, String congressName,
                              LocalDate electionDate, int seats, NominationMode nominationMode, ElectionStatus status) {

  static ElectionSummary of(Election e) {
    return new ElectionSummary(e.id(), e.electoralUnitId(), e.name(), e.congressName(), e.electionDate(), e.seats(),
        e.nominationMode(), e.status());
  }
}
