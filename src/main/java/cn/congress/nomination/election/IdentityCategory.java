package cn.congress.nomination.election;

/** One identity category of an election's identity definition (e.g. WORKER 工人, FRONTLINE, evidence required). */
public record IdentityCategory(String code, String name, IdentityKind kind, Boolean evidenceRequired) {

  public boolean needsEvidence() {
    return Boolean.TRUE.equals(evidenceRequired);
  }
}
