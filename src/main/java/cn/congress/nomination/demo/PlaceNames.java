package cn.congress.nomination.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/** Names of communities, villages, companies, schools … each used once in the district. */
final class PlaceNames {

  static final List<String> PLACE_WORDS = List.of(
      "幸福", "和平", "新华", "光明", "朝阳", "阳光", "春晖", "翠园", "金桥", "锦绣", "明珠", "滨河", "东风", "胜利", "建设",
      "团结", "育才", "花园", "康乐", "丰收", "长青", "绿洲", "龙湖", "玉泉", "清河", "芳草", "紫荆", "丽景", "怡和", "安华",
      "永安", "长安", "兴业", "振兴", "文化", "青年", "民主", "民生", "北苑", "南苑", "东苑", "西苑", "景泰", "瑞祥", "宝林",
      "金地", "银河", "星光", "天河", "凤凰", "梧桐", "杏林", "桃园", "柳荫", "荷花", "松柏", "竹园", "枫林", "海棠", "樱花");
  private static final List<String> COMMUNITY_SUFFIXES = List.of("", "里", "园", "苑", "东里", "西里", "北区", "家园");
  private static final List<String> VILLAGE_SUFFIXES = List.of("家庄", "庄", "家寨", "家营", "家屯", "家湾", "家坝");
  private static final List<String> BRANDS = List.of(
      "华信", "鼎盛", "中科", "恒远", "瑞丰", "金石", "博达", "远航", "天成", "新锐", "宏图", "众合", "润泽", "泰和", "嘉禾",
      "长风", "启明", "汇通", "联创", "同舟", "精诚", "海纳", "德润", "卓越", "正阳", "百川", "凯旋", "安泰", "飞腾", "汇智");
  /** Industry in a company's name, and the sector its members work in. */
  private static final List<String[]> INDUSTRIES = List.of(
      new String[] {"科技", "信息技术"}, new String[] {"软件", "信息技术"}, new String[] {"电子", "电子制造"},
      new String[] {"机械", "装备制造"}, new String[] {"物流", "交通物流"}, new String[] {"建设工程", "建筑业"},
      new String[] {"生物医药", "医药"}, new String[] {"新材料", "新材料"}, new String[] {"食品", "食品加工"},
      new String[] {"商贸", "批发零售"});
  private static final List<String> SOCIAL = List.of(
      "养老服务中心", "社会工作服务中心", "志愿者协会", "律师事务所", "会计师事务所", "商会", "青少年活动中心", "物业管理协会");
  static final List<String> BUREAUS = List.of(
      "区委办公室", "区政府办公室", "区委宣传部", "区委统战部", "区委政法委", "区纪委监委机关", "区人大常委会机关", "区政协机关",
      "区发展和改革委员会", "区财政局", "区人力资源和社会保障局", "区民政局", "区司法局", "区住房和城乡建设委员会", "区生态环境局",
      "区市场监督管理局", "区统计局", "区审计局", "区商务局", "区文化和旅游局", "区应急管理局", "区城市管理委员会",
      "区退役军人事务局", "区医疗保障局", "区农业农村局", "区水务局", "区交通委员会", "区科学技术委员会", "区信访办",
      "区政务服务中心", "区总工会", "团区委", "区妇联", "区科协", "区残联", "区体育局", "区地方志办公室");
  static final List<String> INSTITUTIONS = List.of(
      "区图书馆", "区文化馆", "区档案馆", "区融媒体中心", "区规划设计研究院", "区环境监测站", "区农业技术推广中心",
      "区青少年宫", "区人才服务中心", "区公共资源交易中心", "区建设工程质量监督站", "区气象站");
  static final List<String> STATE_COMPANIES = List.of(
      "区城市建设投资集团有限公司", "区国有资本运营有限公司", "区水务集团有限公司", "区公共交通有限公司",
      "区文化旅游发展集团有限公司", "区农业发展集团有限公司", "区保障性住房建设投资有限公司", "区市政工程有限公司",
      "区热力有限公司", "区园林绿化有限公司", "区供销合作总社", "区物资贸易有限公司");

  /** A name and the sector of the place it names. */
  record Place(String name, String sector) {}

  private final SplittableRandom random;
  private final Set<String> used = new HashSet<>();

  PlaceNames(SplittableRandom random) {
    this.random = random;
  }

  String community() {
    return unique(() -> pick(PLACE_WORDS) + pick(COMMUNITY_SUFFIXES) + "社区");
  }

  String village() {
    return unique(() -> random.nextBoolean()
        ? pick(List.of("王", "李", "张", "刘", "陈", "杨", "赵", "周", "吴", "孙", "马", "高", "郭", "何", "宋", "田"))
            + pick(VILLAGE_SUFFIXES) + "村"
        : pick(List.of("东", "西", "南", "北", "前", "后", "上", "下", "大", "小"))
            + pick(List.of("河", "沟", "岭", "坪", "湾", "桥", "店", "寨", "堡", "营")) + "村");
  }

  Place company() {
    String[] industry = INDUSTRIES.get(random.nextInt(INDUSTRIES.size()));
    String name = unique(() -> pick(BRANDS) + industry[0] + (random.nextInt(4) == 0 ? "股份有限公司" : "有限公司"));
    return new Place(name, industry[1]);
  }

  String group() {
    return unique(() -> pick(BRANDS) + "集团");
  }

  String socialOrganization() {
    return unique(() -> pick(PLACE_WORDS) + pick(SOCIAL));
  }

  String school() {
    return unique(() -> switch (random.nextInt(5)) {
      case 0, 1 -> pick(PLACE_WORDS) + "小学";
      case 2 -> pick(PLACE_WORDS) + "中学";
      case 3 -> "区第" + Numerals.of(1 + random.nextInt(30)) + "中学";
      default -> pick(PLACE_WORDS) + "幼儿园";
    });
  }

  String bureau() {
    return unique(() -> pick(BUREAUS), () -> pick(BUREAUS) + "第" + Numerals.of(2 + random.nextInt(3)));
  }

  /** A public institution (事业单位) under the district's bureaus. */
  String institution() {
    return unique(() -> pick(INSTITUTIONS), () -> pick(PLACE_WORDS) + "文化站");
  }

  String stateCompany() {
    return unique(() -> pick(STATE_COMPANIES), () -> "区" + pick(BRANDS) + "实业有限公司");
  }

  /** A place known by its neighbourhood: a police station, a bank's sub-branch, a community health centre. */
  String local(String suffix) {
    return unique(() -> pick(PLACE_WORDS) + suffix);
  }

  /** A fixed name, unless taken: then a numbered one. */
  String fixed(String name) {
    return unique(() -> name, () -> name + "（" + Numerals.of(2 + random.nextInt(9)) + "）");
  }

  private String unique(Supplier<String> draw) {
    return unique(draw, draw);
  }

  /** Draws until a name is new; after a few tries switches to the fallback (which widens the choice). */
  private String unique(Supplier<String> draw, Supplier<String> fallback) {
    for (int attempt = 0; ; attempt++) {
      String name = attempt < 20 ? draw.get() : fallback.get();
      if (attempt > 200) name = name + Numerals.of(attempt);
      if (used.add(name)) return name;
    }
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }
}
