package cn.congress.nomination.demo;

import cn.congress.nomination.organization.MemberAttributes.UnitType;

/**
 * What kind of place a branch is, which decides what its members are like: a community branch has many retirees, a
 * village branch farmers, a school branch teachers. Shares are in percent; sizes are members per branch.
 */
enum BranchProfile {
  //               unit type                    sector     women retirees  min max
  COMMUNITY(UnitType.COMMUNITY, "社区", 38, 50, 25, 60),
  VILLAGE(UnitType.RURAL, "农业", 20, 35, 20, 45),
  ORGAN(UnitType.PARTY_GOVERNMENT, "党政机关", 28, 5, 12, 30),
  POLICE(UnitType.PARTY_GOVERNMENT, "公安", 12, 3, 15, 35),
  ENTERPRISE(UnitType.ENTERPRISE, "非公有制企业", 24, 2, 8, 30),
  STATE_ENTERPRISE(UnitType.ENTERPRISE, "国有企业", 22, 8, 20, 40),
  FINANCE(UnitType.ENTERPRISE, "金融", 42, 5, 15, 35),
  INSTITUTION(UnitType.PUBLIC_INSTITUTION, "事业单位", 45, 8, 10, 30),
  SCHOOL(UnitType.PUBLIC_INSTITUTION, "教育", 52, 10, 15, 40),
  HOSPITAL(UnitType.PUBLIC_INSTITUTION, "卫生健康", 50, 8, 20, 40),
  SOCIAL_ORGANIZATION(UnitType.SOCIAL_ORGANIZATION, "社会组织", 40, 0, 5, 15);

  final UnitType unitType;
  final String sector;
  final int womenPercent;
  final int retireesPercent;
  final int minSize;
  final int maxSize;

  BranchProfile(UnitType unitType, String sector, int womenPercent, int retireesPercent, int minSize, int maxSize) {
    this.unitType = unitType;
    this.sector = sector;
    this.womenPercent = womenPercent;
    this.retireesPercent = retireesPercent;
    this.minSize = minSize;
    this.maxSize = maxSize;
  }
}
