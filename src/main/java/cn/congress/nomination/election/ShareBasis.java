package cn.congress.nomination.election;

/** The share a SHARE rule compares with: a fixed fraction, or the same selector's share among the local members. */
public enum ShareBasis {
  FIXED, LOCAL_MEMBERS
}
