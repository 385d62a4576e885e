package cn.congress.nomination.organization.imports;

import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.organization.Member;
import cn.congress.nomination.organization.MemberAttributes.Gender;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading files against their columns, and each value's own rules; no Spring. */
class ImportTableTest {

  static final String MEMBER_HEADER = String.join(",", List.of(MemberColumn.values()).stream()
      .map(MemberColumn::header).toList());

  record Read(List<RowFields> rows, Violations violations) {
    List<String> found() {
      return violations.listed().stream().map(v -> v.row() + ":" + v.field() + ":" + v.rule()).toList();
    }
  }

  static Read csv(String text, List<? extends Column> columns) {
    return csv(text.getBytes(StandardCharsets.UTF_8), columns);
  }

  static Read csv(byte[] bytes, List<? extends Column> columns) {
    Violations violations = new Violations();
    List<RowFields> rows = new ArrayList<>();
    ImportTable.read(new CsvTableReader(), new ByteArrayInputStream(bytes), columns, violations, rows::add);
    return new Read(rows, violations);
  }

  static final List<OrganizationColumn> ORG = List.of(OrganizationColumn.values());

  @Test
  void bomIsIgnored_columnsInAnyOrder_lineNumbersCountBlankAndMultiLineRows() {
    String text = "\uFEFFname,id,parent_id,type,kind,sort_order\r\n"
        + "市委,city,,UPPER_COMMITTEE,,\r\n"
        + "\r\n"
        + "\"区委\n（第二行）\",district,city,ELECTORAL_UNIT,,3\r\n"
        + "党委,ru,district,RECOMMENDING_UNIT,PARTY_COMMITTEE,1\r\n";
    Read read = csv(text, ORG);
    assertThat(read.violations().isEmpty()).isTrue();
    assertThat(read.rows()).extracting(RowFields::line).containsExactly(2, 4, 6);
    OrganizationRow district = OrganizationRow.parse(read.rows().get(1));
    assertThat(district.name()).isEqualTo("区委\n（第二行）");
    assertThat(district.parentId()).isEqualTo("city");
    assertThat(district.sortOrder()).isEqualTo(3);
    assertThat(OrganizationRow.parse(read.rows().get(0)).parentId()).isNull();
  }

  @Test
  void unknownMissingAndDuplicateColumnsAreErrorsOfRowOne() {
    Read read = csv("id,parent,name,name,type\nx,,y,y,BRANCH\n", ORG);
    assertThat(read.found()).containsExactlyInAnyOrder("1:parent:UNKNOWN_COLUMN", "1:name:DUPLICATE_COLUMN",
        "1:parent_id:MISSING_COLUMN", "1:kind:MISSING_COLUMN", "1:sort_order:MISSING_COLUMN");
    assertThat(read.rows()).isEmpty();
  }

  @Test
  void emptyFileAndNonUtf8AreReported() {
    assertThat(csv("", ORG).found()).containsExactly("1:null:EMPTY_FILE");
    byte[] gbk = "id,parent_id,name,type,kind,sort_order\ncity,,市委,UPPER_COMMITTEE,,\n"
        .getBytes(Charset.forName("GBK"));
    Read read = csv(gbk, ORG);
    // the decoder reads ahead, so the line of a bad byte is not known: the error is the file's
    assertThat(read.found()).containsExactly("null:null:UNREADABLE_FILE");
    assertThat(read.violations().listed().get(0).message()).contains("UTF-8");
  }

  @Test
  void anUnclosedQuoteIsReportedAtTheRowWhereItOpens() {
    Read read = csv("id,parent_id,name,type,kind,sort_order\ncity,,市委,UPPER_COMMITTEE,,\n"
        + "eu,city,\"区委,ELECTORAL_UNIT,,\nru,eu,x,RECOMMENDING_UNIT,,\n", ORG);
    assertThat(read.found()).containsExactly("3:null:UNREADABLE_FILE");
  }

  @Test
  void extraValuesBeyondTheHeaderAreReported() {
    Read read = csv("id,parent_id,name,type,kind,sort_order\ncity,,市委,UPPER_COMMITTEE,,,surplus\n", ORG);
    assertThat(read.found()).containsExactly("2:null:EXTRA_VALUES");
  }

  @Test
  void idsMustBeValidCamundaGroupIdsThatAreNotReserved() {
    assertThat(RowFields.isValidId("br-07.012_a")).isTrue();
    assertThat(RowFields.isValidId("a".repeat(64))).isTrue();
    assertThat(RowFields.isValidId("a".repeat(65))).isFalse();
    assertThat(RowFields.isValidId("-br")).isFalse();
    assertThat(RowFields.isValidId("br 1")).isFalse();
    assertThat(RowFields.isValidId("支部")).isFalse();
    assertThat(RowFields.isValidId("role-counter")).isFalse();
    assertThat(RowFields.isValidId("camunda-admin")).isFalse();
  }

  @Test
  void everyBadValueOfARowIsReported() {
    String text = "id,parent_id,name,type,kind,sort_order\n"
        + "role-x,bad id," + "长".repeat(201) + ",BRANCHES," + "k".repeat(33) + ",first\n"
        + ",,,,,\n"; // blank row: skipped
    Read read = csv(text, ORG);
    assertThat(read.rows()).hasSize(1);
    OrganizationRow row = OrganizationRow.parse(read.rows().get(0));
    assertThat(row.valid()).isFalse();
    assertThat(read.found()).containsExactlyInAnyOrder("2:id:ID_FORMAT", "2:parent_id:ID_FORMAT",
        "2:name:NAME_TOO_LONG", "2:type:BAD_VALUE", "2:kind:VALUE_TOO_LONG", "2:sort_order:BAD_VALUE");
  }

  @Test
  void memberValues_datesFlagsAndChoices() {
    String good = "m1,br,李四,female,汉族,1980-05-01,2005-07-01,FULL,UNIVERSITY,ENTERPRISE,,NONE,WORKER,NONE,,NONE,,否,是,FALSE,true";
    String bad = "m2,br,,X,汉族,1980/5/1,2005-02-30,FULL,UNIVERSITY,ENTERPRISE,,NONE,WORKER,NONE,,NONE,,maybe,是,否,否";
    Read read = csv(MEMBER_HEADER + "\n" + good + "\n" + bad + "\n", List.of(MemberColumn.values()));
    Member member = MemberRows.parse(read.rows().get(0));
    assertThat(read.violations().isEmpty()).isTrue();
    assertThat(member.gender()).isEqualTo(Gender.FEMALE);
    assertThat(member.birthDate()).isEqualTo(LocalDate.of(1980, 5, 1));
    assertThat(member.sector()).isNull();
    assertThat(member.underInvestigation()).isFalse();
    assertThat(member.enterpriseEmployee()).isTrue();
    assertThat(member.migrantWorker()).isTrue();

    MemberRows.parse(read.rows().get(1));
    assertThat(read.found()).containsExactlyInAnyOrder("3:name:REQUIRED", "3:gender:BAD_VALUE",
        "3:birth_date:BAD_DATE", "3:joined_on:BAD_DATE", "3:under_investigation:BAD_VALUE");
    assertThat(read.violations().listed()).filteredOn(v -> v.field().equals("gender")).singleElement()
        .satisfies(v -> assertThat(v.message()).isEqualTo("性别（gender）：取值无效，实际为“X”，可选值：MALE、FEMALE"));
  }

  @Test
  void pastTheLimitOnlyTheCountGoesOn() {
    Violations violations = new Violations();
    for (int i = 0; i < Violations.LIMIT + 5; i++) violations.add(i + 2, OrganizationColumn.ID, ImportRule.REQUIRED, null);
    assertThat(violations.listed()).hasSize(Violations.LIMIT);
    assertThat(violations.total()).isEqualTo(Violations.LIMIT + 5);
    try {
      violations.throwIfAny("组织");
    } catch (cn.congress.nomination.platform.ValidationException e) {
      assertThat(e.getMessage()).contains(String.valueOf(Violations.LIMIT + 5));
      assertThat(e.violations()).last().extracting(v -> v.rule()).isEqualTo("TOO_MANY_ERRORS");
      return;
    }
    throw new AssertionError("expected a ValidationException");
  }
}
