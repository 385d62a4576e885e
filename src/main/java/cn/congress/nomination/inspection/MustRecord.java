package cn.congress.nomination.inspection;

import java.util.List;

/** One must as the inspection team recorded it: result, finding (required when issues were found) and evidence. */
public record MustRecord(Must must, Must.Result result, String finding, List<Evidence> evidence) {
  public MustRecord {
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }
}
