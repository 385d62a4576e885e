package cn.congress.nomination.congress;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StrokeDataTest {

  @Test
  void shippedTableHasTheExtractedCharactersInTheFiveClasses() {
    StrokeTable table = StrokeTable.shipped();
    assertThat(table.size()).isEqualTo(6939);
    assertThat(table.strokes("王".codePointAt(0))).isEqualTo("1121");
    assertThat(table.strokes("小".codePointAt(0))).isEqualTo("234"); // 竖钩 is class 竖
    assertThat(table.strokes("冰".codePointAt(0))).isEqualTo("412534"); // 提 is class 横
    assertThat(table.strokes("以".codePointAt(0))).isEqualTo("5434"); // 竖提 is class 折
    assertThat(table.strokes("㑇".codePointAt(0))).isNull();
  }

  @Test
  void correctedEntriesAreShipped() {
    // Corrections applied by tools/strokes/extract.js; 德 is a common given-name character.
    assertThat(StrokeTable.shipped().strokes("德".codePointAt(0))).isEqualTo("332122522114544");
    assertThat(StrokeTable.shipped().strokes("皙".codePointAt(0))).isEqualTo("1234331232511");
  }

  @Test
  void everyCompoundSurnameIsInTheData() {
    CompoundSurnames compounds = CompoundSurnames.shipped();
    assertThat(compounds.all()).contains("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙",
        "宇文", "司徒", "夏侯", "轩辕", "令狐", "钟离", "澹台", "端木");
    for (String surname : compounds.all()) {
      surname.codePoints().forEach(c -> assertThat(StrokeTable.shipped().strokes(c)).as(surname).isNotNull());
      assertThat(SurnameStrokeOrder.surnameOf(surname + "明")).isEqualTo(surname);
    }
  }

  @Test
  void twoCharacterNameIsSurnameAndGivenNameEvenIfItSpellsACompoundSurname() {
    assertThat(SurnameStrokeOrder.surnameOf("欧阳")).isEqualTo("欧");
    assertThat(SurnameStrokeOrder.surnameOf("欧阳 一")).isEqualTo("欧阳");
  }
}
