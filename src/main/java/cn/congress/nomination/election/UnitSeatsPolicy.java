package cn.congress.nomination.election;

import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.organization.OrganizationType;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Seats of the recommending units: each a recommending unit of this electoral unit, once, with positive seats;
 * allocated seats are required when nomination expands by ratio, and equal the seats under full-quota nomination.
 */
final class UnitSeatsPolicy implements ElectionPolicy {

  @Override
  public void check(ElectionConfig c, ValidationContext context, Violations v) {
    List<UnitSeats> units = c.unitSeats();
    if (units.isEmpty() && (c.nominationMode() == NominationMode.EXPANDED_RATIO || c.nominationMode() == NominationMode.BOTH)) {
      v.add("unitSeats", "UNIT_SEATS_REQUIRED", "unitSeats：按比例扩额推荐时须为推荐单位分配名额");
    }
    Optional<Organization> electoralUnit = c.electoralUnitId() == null ? Optional.empty()
        : context.organization(c.electoralUnitId()).filter(o -> o.type() == OrganizationType.ELECTORAL_UNIT);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < units.size(); i++) {
      UnitSeats unit = units.get(i);
      String path = "unitSeats[" + i + "]";
      if (v.require(unit.organizationId(), path + ".organizationId", "推荐单位")) {
        checkUnit(unit.organizationId(), path + ".organizationId", electoralUnit, context, seen, v);
      }
      if (v.require(unit.seats(), path + ".seats", "推荐单位名额")) {
        if (unit.seats() <= 0) {
          v.add(path + ".seats", "UNIT_SEATS_POSITIVE", path + ".seats：推荐单位名额必须大于0");
        } else if (c.nominationMode() == NominationMode.FULL_QUOTA && c.seats() != null && !unit.seats().equals(c.seats())) {
          v.add(path + ".seats", "FULL_QUOTA_UNIT_SEATS",
              path + ".seats：全额推荐时推荐单位名额应等于代表名额" + c.seats() + "名");
        }
      }
    }
  }

  private static void checkUnit(String id, String field, Optional<Organization> electoralUnit, ValidationContext context,
                                Set<String> seen, Violations v) {
    if (!seen.add(id)) {
      v.add(field, "DUPLICATE_UNIT", field + "：推荐单位 " + id + " 重复");
      return;
    }
    Optional<Organization> unit = context.organization(id);
    if (unit.isEmpty()) {
      v.add(field, "UNKNOWN_ORGANIZATION", field + "：组织 " + id + " 不存在");
    } else if (unit.get().type() != OrganizationType.RECOMMENDING_UNIT) {
      v.add(field, "NOT_A_RECOMMENDING_UNIT", field + "：组织 " + id + " 是" + unit.get().type().label() + "，不是推荐单位");
    } else if (electoralUnit.isPresent() && !unit.get().isWithin(electoralUnit.get().path())) {
      v.add(field, "OUTSIDE_ELECTORAL_UNIT", field + "：推荐单位 " + id + " 不属于选举单位 " + electoralUnit.get().id());
    }
  }
}
