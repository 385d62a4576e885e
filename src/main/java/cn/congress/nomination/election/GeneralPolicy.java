package cn.congress.nomination.election;

import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.organization.OrganizationType;
import java.util.Optional;
import java.util.regex.Pattern;

/** Identity of the election, its electoral unit, date, seats, mode and publicity length. */
final class GeneralPolicy implements ElectionPolicy {

  static final Pattern ID = Pattern.compile("[a-zA-Z0-9_.-]{1,64}");
  static final int MAX_PUBLICITY_WORKING_DAYS = 30;
  private static final int MAX_NAME = 200;

  @Override
  public void check(ElectionConfig c, ValidationContext context, Violations v) {
    if (c.id() != null) {
      if (!ID.matcher(c.id()).matches()) {
        v.add("id", "ID_FORMAT", "id：选举标识只能由字母、数字、点、下划线和连字符组成，最长64位");
      } else if (context.electionIdTaken(c.id())) {
        v.add("id", "DUPLICATE_ID", "id：选举标识 " + c.id() + " 已存在");
      }
    }
    if (v.require(c.electoralUnitId(), "electoralUnitId", "选举单位")) {
      Optional<Organization> unit = context.organization(c.electoralUnitId());
      if (unit.isEmpty()) {
        v.add("electoralUnitId", "UNKNOWN_ELECTORAL_UNIT", "electoralUnitId：组织 " + c.electoralUnitId() + " 不存在");
      } else if (unit.get().type() != OrganizationType.ELECTORAL_UNIT) {
        v.add("electoralUnitId", "NOT_AN_ELECTORAL_UNIT",
            "electoralUnitId：组织 " + c.electoralUnitId() + " 是" + unit.get().type().label() + "，不是选举单位");
      }
    }
    text(c.name(), "name", "选举名称", v);
    text(c.congressName(), "congressName", "党代表大会名称", v);
    v.require(c.electionDate(), "electionDate", "选举日期");
    if (v.require(c.seats(), "seats", "代表名额") && c.seats() <= 0) {
      v.add("seats", "SEATS_POSITIVE", "seats：代表名额必须大于0");
    }
    v.require(c.nominationMode(), "nominationMode", "推荐提名方式");
    int days = c.publicityWorkingDaysOrDefault();
    if (days < 1 || days > MAX_PUBLICITY_WORKING_DAYS) {
      v.add("publicityWorkingDays", "PUBLICITY_DAYS_RANGE",
          "publicityWorkingDays：公示期应为1至" + MAX_PUBLICITY_WORKING_DAYS + "个工作日");
    }
  }

  private static void text(String value, String field, String what, Violations v) {
    if (v.require(value, field, what) && value.trim().length() > MAX_NAME) {
      v.add(field, "TOO_LONG", field + "：" + what + "不能超过" + MAX_NAME + "个字");
    }
  }
}
