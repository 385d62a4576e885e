package cn.congress.nomination.nomination.unit;

import java.util.List;
import org.springframework.stereotype.Service;

/**
 * CONTRACT SKELETON (helper U implements): the lists the recommending units filed, read by the electoral unit (the pool
 * of the inspection targets). See /work/HELPERS.md.
 */
@Service
public class UnitLists {

  /** Every filed name of the election, by unit, with the support behind it. */
  public List<FiledName> pool(String electionId) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** A name on a unit's filed list: its rank there, its identity category, the branches and members backing it. */
  public record FiledName(String unitId, String memberId, int rank, String identityCategory, int branches,
                          int members) {}
}
