package cn.congress.nomination.report;

import cn.congress.nomination.election.Election;
import cn.congress.nomination.nomination.unit.UnitLists;
import cn.congress.nomination.organization.Organizations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The materials of any {@link ReportList}, generated from the domain data when asked (so they always show the current
 * state): roster and statistics table as XLSX, registration forms and reports as PDF.
 */
@Service
public class ReportMaterials {

  private final ReportLists lists;
  private final CompositionService compositions;
  private final ParticipationReport participation;
  private final RoundChanges changes;
  private final UnitLists unitLists;
  private final Organizations organizations;

  ReportMaterials(ReportLists lists, CompositionService compositions, ParticipationReport participation,
                  RoundChanges changes, UnitLists unitLists, Organizations organizations) {
    this.lists = lists;
    this.compositions = compositions;
    this.participation = participation;
    this.changes = changes;
    this.unitLists = unitLists;
    this.organizations = organizations;
  }

  @Transactional(readOnly = true)
  public byte[] rosterXlsx(ReportList list) {
    return XlsxTables.roster(list.title(), lists.people(list), lists.election(list.electionId()).electionDate());
  }

  /** 统计表: the list's composition and rules, and the participation of the list owner's organizations. */
  @Transactional(readOnly = true)
  public byte[] statisticsXlsx(ReportList list) {
    List<ListedPerson> people = lists.people(list);
    return XlsxTables.statistics(statisticsTitle(list), compositions.of(list, people),
        participation.of(list.electionId(), list.organizationId()));
  }

  @Transactional(readOnly = true)
  public byte[] registrationFormsPdf(ReportList list) {
    Election election = lists.election(list.electionId());
    List<ListedPerson> people = lists.people(list);
    Map<String, Support> support = support(list.electionId());
    List<String> lines = people.stream().map(p -> support.getOrDefault(p.member().id(), Support.NONE).text()).toList();
    return PdfForms.registrationForms(list.stage().label() + "登记表", organizations.get(list.organizationId()).name(),
        people, election.electionDate(), lines);
  }

  /** 情况报告: the list in prose (count, composition, rules, participation, changes between rounds) with its tables. */
  @Transactional(readOnly = true)
  public byte[] situationReportPdf(ReportList list) {
    Election election = lists.election(list.electionId());
    List<ListedPerson> people = lists.people(list);
    Composition c = compositions.of(list, people);
    Participation p = participation.of(list.electionId(), list.organizationId());
    String issuer = organizations.get(list.organizationId()).name();
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add("根据" + election.congressName() + "代表选举工作安排，" + election.name() + "应选代表" + election.seats()
        + "名。现将" + list.stage().label() + "有关情况报告如下。");
    paragraphs.add("一、基本情况。" + list.stage().label() + PdfForms.compositionSentence(c));
    paragraphs.add("二、结构要求落实情况。" + PdfForms.rulesSentence(c));
    paragraphs.add("三、推荐提名参与情况。" + participationSentence(p.total()));
    List<RoundChanges.Change> changed = changes.of(list.electionId());
    paragraphs.add("四、人选调整情况。" + (changed.isEmpty() ? "无调整。" : String.join("；", changed.stream()
        .map(ch -> ch.name() + "（" + ch.stage().label() + "，" + ch.kindLabel() + "）：" + ch.reason()).toList()) + "。"));
    return PdfForms.report("关于" + list.stage().label() + "的情况报告", issuer, paragraphs, c, p);
  }

  /** 工作总结 of a recommending unit: the summary it wrote when filing, with the statistics of its list. */
  @Transactional(readOnly = true)
  public byte[] workSummaryPdf(String electionId, String unitId) {
    ReportList list = lists.ofUnit(electionId, unitId);
    Composition c = compositions.of(list);
    Participation p = participation.of(electionId, unitId);
    String written = unitLists.find(electionId, unitId).map(UnitLists.UnitList::workSummary).orElse(null);
    String name = organizations.get(unitId).name();
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(written == null || written.isBlank() ? "（本单位尚未报送推荐人选名单，工作总结在报送时填写。）" : written);
    paragraphs.add("推荐人选" + PdfForms.compositionSentence(c));
    paragraphs.add("参与情况：" + participationSentence(p.total()));
    return PdfForms.report(name + "推荐提名工作总结", name, paragraphs, c, p);
  }

  @Transactional(readOnly = true)
  public Composition composition(ReportList list) {
    return compositions.of(list);
  }

  static String participationSentence(Participation.Row t) {
    return "应参加的基层党组织" + t.branches() + "个，参加" + t.branchesTakingPart() + "个，参与率"
        + Percent.text(t.branchParticipationPercent()) + "；应参加党员" + t.expectedMembers() + "名，参加"
        + t.membersTakingPart() + "名，参与率" + Percent.text(t.memberParticipationPercent()) + "，受教育率"
        + Percent.text(t.educationPercent()) + "。";
  }

  private String statisticsTitle(ReportList list) {
    return list.title().replace("名册", "") + "统计表";
  }

  /** Support behind a name over all filed unit lists: recommending units, branches and members. */
  private record Support(Set<String> units, int branches, int members) {
    static final Support NONE = new Support(Set.of(), 0, 0);

    String text() {
      return units.isEmpty() ? "" : "由" + units.size() + "个推荐单位推荐（" + String.join("、", units) + "），"
          + branches + "个党支部、" + members + "名党员推荐。";
    }
  }

  private Map<String, Support> support(String electionId) {
    Map<String, Support> support = new HashMap<>();
    Map<String, String> unitNames = new HashMap<>();
    for (UnitLists.FiledName n : unitLists.pool(electionId)) {
      Support s = support.getOrDefault(n.memberId(), Support.NONE);
      Set<String> units = new TreeSet<>(s.units());
      units.add(unitNames.computeIfAbsent(n.unitId(), id -> organizations.get(id).name()));
      support.put(n.memberId(), new Support(units, s.branches() + n.branches(), s.members() + n.members()));
    }
    return support;
  }
}
