package cn.congress.nomination.election;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Margins: complete, one per stage, possible over their base, and narrowing down the funnel (no stage may need more
 * names than the stage before it can hold).
 */
final class MarginPolicy implements ElectionPolicy {

  static final BigDecimal MAX_RATIO = BigDecimal.TEN;
  /** Ratios and shares are stored with this many decimals. */
  static final int DECIMALS = 6;
  private static final List<Stage> FUNNEL = List.of(Stage.INSPECTION, Stage.INITIAL_CANDIDATES, Stage.PRELIMINARY_CANDIDATES);

  @Override
  public void check(ElectionConfig c, ValidationContext context, Violations v) {
    Map<Stage, Integer> valid = new EnumMap<>(Stage.class);
    List<Margin> margins = c.margins();
    for (int i = 0; i < margins.size(); i++) {
      Margin m = margins.get(i);
      String path = "margins[" + i + "]";
      boolean complete = v.require(m.stage(), path + ".stage", "阶段") & v.require(m.kind(), path + ".kind", "差额方式");
      if (m.stage() != null && valid.containsKey(m.stage())) {
        v.add(path + ".stage", "DUPLICATE_STAGE", path + ".stage：阶段 " + m.stage().label() + " 的差额重复设置");
        continue;
      }
      if (m.kind() == MarginKind.RATIO) {
        if (!v.require(m.ratio(), path + ".ratio", "差额比例")) complete = false;
        else if (m.ratio().signum() < 0 || m.ratio().compareTo(MAX_RATIO) > 0) {
          v.add(path + ".ratio", "RATIO_RANGE", path + ".ratio：差额比例应在0至" + MAX_RATIO + "之间");
          complete = false;
        } else if (tooPrecise(m.ratio())) {
          v.add(path + ".ratio", "DECIMAL_PLACES", path + ".ratio：比例最多" + DECIMALS + "位小数");
          complete = false;
        }
      } else if (m.kind() != null) {
        if (!v.require(m.count(), path + ".count", "人数")) complete = false;
        else if (m.count() <= 0) {
          v.add(path + ".count", "COUNT_POSITIVE", path + ".count：人数必须大于0");
          complete = false;
        }
      }
      if (complete) valid.put(m.stage(), i);
    }
    Integer seats = ElectionValidator.validSeats(c);
    if (seats == null) return;
    valid.forEach((stage, i) -> checkBase(c, margins.get(i), "margins[" + i + "]", seats, v));
    checkFunnel(margins, valid, seats, v);
  }

  static boolean tooPrecise(BigDecimal fraction) {
    return fraction.stripTrailingZeros().scale() > DECIMALS;
  }

  /** A count below its base cannot hold even the seats (exact or at most), or contradicts the margin (at least). */
  private static void checkBase(ElectionConfig c, Margin m, String path, int seats, Violations v) {
    if (m.kind() == MarginKind.RATIO) return;
    for (int base : bases(c, m.stage(), seats)) {
      if (m.count() >= base) continue;
      if (m.kind() == MarginKind.MIN_COUNT) {
        v.add(path + ".count", "MARGIN_BELOW_BASE", path + ".count：" + m.stage().label() + "不少于" + m.count()
            + "名，少于应选的" + base + "名，不构成差额");
      } else {
        v.add(path + ".count", "MARGIN_IMPOSSIBLE", path + ".count：" + m.stage().label() + m.describe()
            + "，少于应选的" + base + "名，无法实现");
      }
      return;
    }
  }

  /** The bases a stage's counts are over: each unit's seats at recommendation, the seats elsewhere. */
  private static List<Integer> bases(ElectionConfig c, Stage stage, int seats) {
    if (stage != Stage.RECOMMENDATION) return List.of(seats);
    List<Integer> unitSeats = c.unitSeats().stream().map(UnitSeats::seats).filter(s -> s != null && s > 0).distinct().toList();
    return unitSeats.isEmpty() && c.nominationMode() == NominationMode.FULL_QUOTA ? List.of(seats) : unitSeats;
  }

  private static void checkFunnel(List<Margin> margins, Map<Stage, Integer> valid, int seats, Violations v) {
    for (int k = 1; k < FUNNEL.size(); k++) {
      Integer earlier = valid.get(FUNNEL.get(k - 1));
      Integer later = valid.get(FUNNEL.get(k));
      if (earlier == null || later == null) continue;
      OptionalInt room = margins.get(earlier).maximumNames();
      int needed = margins.get(later).minimumNames(seats);
      if (room.isPresent() && needed > room.getAsInt()) {
        Margin l = margins.get(later);
        v.add("margins[" + later + "]", "MARGIN_FUNNEL", "margins[" + later + "]：" + l.stage().label() + "至少需要"
            + needed + "名，超过" + margins.get(earlier).stage().label() + "最多的" + room.getAsInt() + "名");
      }
    }
  }
}
