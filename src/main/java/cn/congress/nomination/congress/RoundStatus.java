package cn.congress.nomination.congress;

/** OPEN: ballots out. COUNTING: returned and being counted (sealed). CONFIRMED: the scrutineer confirmed the count.
 * VOID: more ballots returned than issued; kept, and the round held again. */
public enum RoundStatus {
  OPEN, COUNTING, VOID, CONFIRMED
}
