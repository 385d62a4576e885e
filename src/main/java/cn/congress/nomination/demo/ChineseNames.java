package cn.congress.nomination.demo;

import cn.congress.nomination.organization.MemberAttributes.Gender;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Personal names: a surname drawn by its frequency in the population (a few two-character ones, rare), then one or
 * two given-name characters, leaning to the person's gender as Chinese names do.
 */
final class ChineseNames {

  /** Surnames and their approximate share of the population, in hundredths of a percent. */
  static final Map<String, Integer> SURNAMES = surnames(
      "王710 李700 张670 刘540 陈460 杨310 黄230 赵230 吴200 周190 徐130 孙130 马120 朱120 胡110 郭110 何100 林100 "
          + "高90 罗90 郑90 梁80 谢70 宋60 唐60 许60 韩60 冯60 邓60 曹50 彭50 曾50 肖50 田50 董50 袁40 潘40 于40 "
          + "蒋40 蔡40 余40 杜40 叶40 程40 苏30 魏30 吕30 丁30 任30 沈30 姚30 卢30 姜30 崔30 钟30 谭30 陆30 汪20 "
          + "范20 金20 石20 廖20 贾20 夏20 韦20 付20 方20 白20 邹20 孟20 熊20 秦20 邱20 江20 尹20 薛20 闫20 段20 "
          + "雷20 侯20 龙20 史20 陶10 黎10 贺10 顾10 毛10 郝10 龚10 邵10 万10 钱10 严10 覃10 武10 戴10 莫10 孔10 "
          + "向10 汤10 欧阳3 司马1 上官1 诸葛1 皇甫1 令狐1 慕容1 夏侯1");

  static final List<String> MALE_GIVEN = chars("伟强军磊勇杰涛斌超明刚平辉鹏飞鑫波宇浩凯健俊帆旭宁龙建国峰亮成志东海博阳鸿毅振兴永德庆彬");
  static final List<String> FEMALE_GIVEN = chars("芳娜敏静丽艳娟霞秀玲桂英燕萍红梅琳颖雪倩婷丹慧洁晶莉欣琴蕾薇悦菲怡月兰凤");
  static final List<String> NEUTRAL_GIVEN = chars("晓子雨思嘉宏春文玉新佳一安立家天金清瑞华学云");

  private final SplittableRandom random;
  private final String[] surnameTable;

  ChineseNames(SplittableRandom random) {
    this.random = random;
    // One slot per unit of weight: drawing a slot draws a surname by its frequency.
    this.surnameTable = SURNAMES.entrySet().stream()
        .flatMap(e -> java.util.Collections.nCopies(e.getValue(), e.getKey()).stream()).toArray(String[]::new);
  }

  String surname() {
    return surnameTable[random.nextInt(surnameTable.length)];
  }

  String person(Gender gender) {
    List<String> own = gender == Gender.FEMALE ? FEMALE_GIVEN : MALE_GIVEN;
    String last = pick(own);
    if (random.nextInt(100) < 30) return surname() + last;
    String first = random.nextInt(100) < 40 ? pick(NEUTRAL_GIVEN) : pick(own);
    return surname() + first + last;
  }

  private String pick(List<String> list) {
    return list.get(random.nextInt(list.size()));
  }

  private static Map<String, Integer> surnames(String table) {
    Map<String, Integer> result = new LinkedHashMap<>();
    for (String entry : table.split(" ")) {
      int digits = 0;
      while (!Character.isDigit(entry.charAt(digits))) digits++;
      result.put(entry.substring(0, digits), Integer.parseInt(entry.substring(digits)));
    }
    return java.util.Collections.unmodifiableMap(result);
  }

  private static List<String> chars(String text) {
    return text.codePoints().mapToObj(Character::toString).toList();
  }
}
