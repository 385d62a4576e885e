package cn.congress.nomination.congress;

import java.util.List;

/**
 * One returned ballot as a counter entered it: its number in the pile (given at counting, never linked to a voter),
 * one mark per candidate in ballot order, and the names written in. There is no voter reference: ballots are secret.
 */
public record Ballot(Integer number, List<Mark> marks, List<WriteIn> writeIns) {

  public Ballot {
    marks = marks == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(marks));
    writeIns = writeIns == null ? List.of() : List.copyOf(writeIns);
  }
}
