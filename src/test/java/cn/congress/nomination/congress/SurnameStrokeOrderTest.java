package cn.congress.nomination.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.congress.nomination.platform.ValidationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SurnameStrokeOrderTest {

  private static List<String> sort(String... names) {
    List<String> list = new ArrayList<>(List.of(names));
    list.sort(SurnameStrokeOrder.names());
    return list;
  }

  @Test
  void sameCountOrdersByFirstStroke_notAsIcusCountOnlyOrder() {
    // ICU zh@collation=stroke gives 孔 方 毛 王; the official order is 横 竖 撇 点 折 by first stroke.
    assertThat(sort("孔明", "方华", "毛东", "王强")).containsExactly("王强", "毛东", "方华", "孔明");
    assertThat(sort("孔", "方", "毛", "王")).containsExactly("王", "毛", "方", "孔");
  }

  @Test
  void strokeCountComesFirst() {
    assertThat(sort("王芳", "丁芳")).containsExactly("丁芳", "王芳"); // 丁 2 strokes, 王 4
    // 乙 is one 折 stroke: its count puts it before 丁 although 折 comes after 横.
    assertThat(sort("丁芳", "乙芳")).containsExactly("乙芳", "丁芳");
    assertThat(sort("万芳", "于芳", "丁芳")).containsExactly("丁芳", "于芳", "万芳"); // 2, then 3: 112 before 153
  }

  @Test
  void sameCountAndFirstStrokeComparesTheNextStrokes() {
    // 王 1121, 井 1132, 韦 1152, 云 1154: equal up to the third or the fourth stroke.
    assertThat(sort("云芳", "韦芳", "井芳", "王芳")).containsExactly("王芳", "井芳", "韦芳", "云芳");
    // 尹 5113, 孔 5215, 邓 5452: all begin with 折, the second stroke decides.
    assertThat(sort("邓芳", "孔芳", "尹芳")).containsExactly("尹芳", "孔芳", "邓芳");
  }

  @Test
  void compoundSurnameCountsFromItsFirstCharacter() {
    // 欧 has 8 strokes: 欧阳 comes after 王 (4) however short 阳 is, and after 江 (6).
    assertThat(sort("欧阳一", "王懿", "江强")).containsExactly("王懿", "江强", "欧阳一");
    assertThat(SurnameStrokeOrder.surnameOf("欧阳明")).isEqualTo("欧阳");
    assertThat(SurnameStrokeOrder.surnameOf("欧明")).isEqualTo("欧");
  }

  @Test
  void compoundSurnamesWithTheSameFirstCharacterCompareTheSecond() {
    // 马 3 strokes, 徒 10: the surname decides before the given name (一 would come before 懿).
    assertThat(sort("司徒一", "司马懿")).containsExactly("司马懿", "司徒一");
  }

  @Test
  void singleSurnameComesBeforeTheCompoundOneItStarts() {
    // Surname 欧 before surname 欧阳, although 明 (8) has more strokes than 阳 (6).
    assertThat(sort("欧阳明", "欧明")).containsExactly("欧明", "欧阳明");
  }

  @Test
  void sameSurnameOrdersByGivenName() {
    // 一 1 stroke; 芳 1224153 and 丽 1254254 both 7, differing at the third stroke; 丽 is the start of 丽华.
    assertThat(sort("王丽华", "王丽", "王芳", "王一")).containsExactly("王一", "王芳", "王丽", "王丽华");
    assertThat(sort("孙芳", "孙一")).containsExactly("孙一", "孙芳");
  }

  @Test
  void blanksAndNameDotsAreNotCharacters() {
    assertThat(SurnameStrokeOrder.names().compare("王　芳", "王芳")).isZero();
    assertThat(SurnameStrokeOrder.names().compare("王 芳", "王芳")).isZero();
    assertThat(sort("王芳", "丁一·华")).containsExactly("丁一·华", "王芳");
  }

  @Test
  void differentCharactersWithTheSameStrokesHaveAFixedOrder() {
    // 土 and 士 are both 横 竖 横; they must not compare equal, or their order would depend on the input.
    int forward = SurnameStrokeOrder.names().compare("土明", "士明");
    assertThat(forward).isNotZero();
    assertThat(Integer.signum(SurnameStrokeOrder.names().compare("士明", "土明"))).isEqualTo(-Integer.signum(forward));
    assertThat(sort("士明", "土明")).isEqualTo(sort("土明", "士明"));
  }

  record Candidate(int id, String name) {}

  @Test
  void sortedKeepsTheGivenOrderOfEqualNames() {
    List<Candidate> candidates = List.of(
        new Candidate(1, "王芳"), new Candidate(2, "丁一"), new Candidate(3, "王芳"), new Candidate(4, "王 芳"));
    assertThat(SurnameStrokeOrder.sorted(candidates, Candidate::name)).extracting(Candidate::id)
        .containsExactly(2, 1, 3, 4);
    List<Candidate> reversed = new ArrayList<>(candidates);
    Collections.reverse(reversed);
    assertThat(SurnameStrokeOrder.sorted(reversed, Candidate::name)).extracting(Candidate::id)
        .containsExactly(2, 4, 3, 1);
    assertThat(new ArrayList<>(candidates).stream().sorted(SurnameStrokeOrder.by(Candidate::name)).toList())
        .extracting(Candidate::id).containsExactly(2, 1, 3, 4);
  }

  @Test
  void sortedAgreesWithTheComparatorOnManyNames() {
    List<String> names = new ArrayList<>();
    String pool = "王毛方孔丁乙于万韦井云尹邓欧阳司马徒芳一丽华土士明强东冯孙江汤";
    Random random = new Random(7);
    for (int i = 0; i < 500; i++) {
      StringBuilder name = new StringBuilder();
      for (int c = 0; c < 2 + random.nextInt(3); c++) name.append(pool.charAt(random.nextInt(pool.length())));
      names.add(name.toString());
    }
    List<String> sorted = SurnameStrokeOrder.sorted(names, n -> n);
    for (int i = 1; i < sorted.size(); i++) {
      assertThat(SurnameStrokeOrder.names().compare(sorted.get(i - 1), sorted.get(i))).as(sorted.get(i - 1) + " " + sorted.get(i))
          .isLessThanOrEqualTo(0);
    }
    List<String> byComparator = new ArrayList<>(names);
    byComparator.sort(SurnameStrokeOrder.names());
    assertThat(sorted).isEqualTo(byComparator);
  }

  @Test
  void characterMissingFromTheDataIsAClearError() {
    // 㑇 (U+3447) is in the 通用规范汉字表 (level 3) but not in the shipped data.
    assertThatThrownBy(() -> sort("王芳", "张㑇"))
        .isInstanceOf(NameNotOrderableException.class)
        .isInstanceOf(ValidationException.class)
        .hasMessage("姓名“张㑇”中的“㑇”（U+3447）不在笔画数据中，无法按姓氏笔画排序")
        .satisfies(e -> {
          NameNotOrderableException error = (NameNotOrderableException) e;
          assertThat(error.name()).isEqualTo("张㑇");
          assertThat(error.character()).isEqualTo("㑇");
          assertThat(error.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("name");
            assertThat(v.rule()).isEqualTo(NameNotOrderableException.RULE_STROKE_DATA);
          });
        });
    assertThatThrownBy(() -> SurnameStrokeOrder.requireOrderable("Wang Fang"))
        .hasMessageContaining("“W”（U+0057）");
  }

  @Test
  void oneUnknownCharacterFailsTheWholeList() {
    List<String> names = List.of("王芳", "丁一", "张㑇");
    assertThatThrownBy(() -> SurnameStrokeOrder.sorted(names, n -> n))
        .isInstanceOf(NameNotOrderableException.class).hasMessageContaining("张㑇");
  }

  @Test
  void emptyNameIsAClearError() {
    assertThatThrownBy(() -> SurnameStrokeOrder.requireOrderable(" · "))
        .isInstanceOf(NameNotOrderableException.class)
        .satisfies(e -> assertThat(((NameNotOrderableException) e).violations().get(0).rule())
            .isEqualTo(NameNotOrderableException.RULE_EMPTY_NAME));
  }
}
