package cn.congress.nomination.nomination.targets;

import java.time.Instant;
import java.util.List;

/** A recommending unit's opinion on the proposed targets: agree or not, a remark, remarks per name. */
public record TargetOpinion(String unitId, boolean agrees, String remark, List<NameRemark> nameRemarks, String givenBy,
                            Instant givenAt, boolean submitted) {

  public TargetOpinion {
    nameRemarks = nameRemarks == null ? List.of() : List.copyOf(nameRemarks);
  }

  /** A remark on one proposed name (e.g. why the unit disagrees with it). */
  public record NameRemark(String memberId, String remark) {}

  /** What a unit sends: its opinion without the bookkeeping. */
  public record Request(Boolean agrees, String remark, List<NameRemark> nameRemarks) {}
}
