package cn.congress.nomination.report;

import cn.congress.nomination.election.RuleResult;
import cn.congress.nomination.organization.Member;
import cn.congress.nomination.report.PdfDocument.Cell;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The printed forms: a registration form (登记表) per person, and reports (work summary, situation report) as text. */
final class PdfForms {
  private PdfForms() {}

  private static final float[] FORM_COLUMNS = {1.1f, 1.4f, 1.1f, 1.4f, 1.1f, 1.6f};

  /** One page per person: the record, identity, support, and the boxes for the opinion, seal and signatures. */
  static byte[] registrationForms(String title, String issuer, List<ListedPerson> people, LocalDate referenceDate,
                                  List<String> support) {
    try (PdfDocument pdf = new PdfDocument(title)) {
      for (int i = 0; i < people.size(); i++) {
        ListedPerson p = people.get(i);
        Member m = p.member();
        pdf.newPage();
        pdf.title(title);
        pdf.heading("填报单位：" + issuer + "　　　　序号：" + p.rank(), 10.5f, false);
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.label("姓名"), Cell.value(m.name()), Cell.label("性别"), Cell.value(Labels.of(m.gender())),
            Cell.label("出生年月（岁）"), Cell.value(Labels.month(m.birthDate()) + "（" + m.ageOn(referenceDate) + "岁）")));
        rows.add(List.of(Cell.label("民族"), Cell.value(m.ethnicity()), Cell.label("入党时间"),
            Cell.value(Labels.month(m.joinedOn())), Cell.label("学历"), Cell.value(Labels.of(m.education()))));
        rows.add(List.of(Cell.label("党员类别"), Cell.value(Labels.of(m.membership())), Cell.label("职级"),
            Cell.value(Labels.of(m.cadreLevel())), Cell.label("职业"), Cell.value(Labels.of(m.occupation()))));
        rows.add(List.of(Cell.label("工作单位"), Cell.value(p.organizationName(), 3), Cell.label("单位性质"),
            Cell.value(Labels.of(m.unitType()))));
        rows.add(List.of(Cell.label("身份类别"), Cell.value(p.categoryName() == null ? "未界定" : p.categoryName(), 3),
            Cell.label("所属行业"), Cell.value(m.sector() == null ? "" : m.sector())));
        rows.add(List.of(Cell.label("荣誉"), Cell.value((Labels.of(m.honourLevel()) + "　"
            + (m.honour() == null ? "" : m.honour())).strip(), 5)));
        rows.add(List.of(Cell.label("推荐情况"), Cell.tall(support == null ? "" : support.get(i), 5, 60)));
        rows.add(List.of(Cell.label("所在党组织意见"), Cell.tall("\n\n\n（盖章）　　　　年　　月　　日", 5, 96)));
        rows.add(List.of(Cell.label("填报单位意见"), Cell.tall("\n\n\n（盖章）　　　　年　　月　　日", 5, 96)));
        rows.add(List.of(Cell.label("本人签字"), Cell.tall("", 2, 36), Cell.label("填表人签字"), Cell.tall("", 2, 36)));
        pdf.table(FORM_COLUMNS, rows, 10.5f);
      }
      if (people.isEmpty()) {
        pdf.title(title);
        pdf.paragraph("名单中尚无人员。", 12);
      }
      return pdf.bytes();
    }
  }

  /** A report in prose with its statistics: the situation report on a list, or a unit's work summary. */
  static byte[] report(String title, String issuer, List<String> paragraphs, Composition composition,
                       Participation participation) {
    try (PdfDocument pdf = new PdfDocument(title)) {
      pdf.title(title);
      for (String p : paragraphs) pdf.paragraph(p, 12);
      if (composition != null) {
        pdf.heading("附表一：结构统计", 12, false);
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.label("项目"), Cell.label("人数"), Cell.label("占比")));
        rows.add(List.of(Cell.value("总人数"), Cell.value(String.valueOf(composition.total())), Cell.value("")));
        for (Composition.Figure f : composition.figures()) {
          rows.add(List.of(Cell.value((f.parentCode() == null ? "" : "　") + f.label()),
              Cell.value(String.valueOf(f.count())), Cell.value(Percent.text(f.percent()))));
        }
        pdf.table(new float[] {3, 1, 1}, rows, 10.5f);
        if (!composition.rules().isEmpty()) {
          pdf.heading("附表二：结构要求落实情况", 12, false);
          List<List<Cell>> ruleRows = new ArrayList<>();
          ruleRows.add(List.of(Cell.label("结构要求"), Cell.label("要求"), Cell.label("实有"), Cell.label("是否符合")));
          for (RuleResult r : composition.rules()) {
            ruleRows.add(List.of(Cell.value(r.label()), Cell.value(r.requirement()),
                Cell.value(r.count() + "/" + r.population()), Cell.value(r.met() ? "符合" : "不符合")));
          }
          pdf.table(new float[] {3, 2, 1, 1}, ruleRows, 10.5f);
        }
      }
      if (participation != null) {
        pdf.heading("附表三：推荐提名参与情况", 12, false);
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.label("单位"), Cell.label("党组织参与"), Cell.label("党员参与"), Cell.label("受教育率")));
        for (Participation.Row r : participation.rows()) rows.add(participationRow(r, r.name()));
        rows.add(participationRow(participation.total(), "合计"));
        pdf.table(new float[] {3, 1.4f, 1.6f, 1}, rows, 10.5f);
      }
      pdf.gap(24);
      pdf.heading(issuer + "（盖章）", 12, false);
      pdf.heading("年　　月　　日", 12, false);
      return pdf.bytes();
    }
  }

  private static List<Cell> participationRow(Participation.Row r, String name) {
    return List.of(Cell.value(name), Cell.value(r.branchesTakingPart() + "/" + r.branches() + "（"
            + Percent.text(r.branchParticipationPercent()) + "）"),
        Cell.value(r.membersTakingPart() + "/" + r.expectedMembers() + "（"
            + Percent.text(r.memberParticipationPercent()) + "）"), Cell.value(Percent.text(r.educationPercent())));
  }

  /** "生产和工作第一线8名，占47.1%；…": the composition in one sentence. */
  static String compositionSentence(Composition c) {
    if (c.total() == 0) return "名单中尚无人员。";
    String figures = c.figures().stream().filter(f -> f.count() > 0 || f.parentCode() == null)
        .map(f -> f.label().replace("其中：", "其中") + f.count() + "名，占" + Percent.text(f.percent()))
        .collect(Collectors.joining("；"));
    return "共" + c.total() + "名。" + figures + "；少数民族涉及" + c.ethnicGroups() + "个民族；平均年龄"
        + (c.averageAge() == null ? "—" : c.averageAge().toPlainString()) + "岁。";
  }

  static String rulesSentence(Composition c) {
    if (c.rules().isEmpty()) return "本选举未设定结构要求。";
    String each = c.rules().stream().map(r -> r.label() + "（要求" + r.requirement() + "，实有" + r.count() + "名，"
        + (r.met() ? "符合" : "不符合") + "）").collect(Collectors.joining("；"));
    return (c.allRulesMet() ? "各项结构要求均已落实：" : "结构要求尚未全部落实：") + each + "。";
  }
}
