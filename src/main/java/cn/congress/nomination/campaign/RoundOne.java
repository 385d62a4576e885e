package cn.congress.nomination.campaign;

import cn.congress.nomination.election.Election;
import cn.congress.nomination.election.Elections;
import cn.congress.nomination.election.RuleScope;
import cn.congress.nomination.election.ScheduleStep;
import cn.congress.nomination.election.StructureRule;
import cn.congress.nomination.notice.NoticeKind;
import cn.congress.nomination.notice.Notices;
import cn.congress.nomination.organization.Organization;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** 一下: what goes down to each recommending unit when the campaign starts, and the reminders and chasing after it. */
@Service
class RoundOne {

  private final Elections elections;
  private final Notices notices;

  RoundOne(Elections elections, Notices notices) {
    this.elections = elections;
    this.notices = notices;
  }

  /** One notice per recommending unit: its seats, the names it must put forward, the structure and the deadlines. */
  int sendDown(String electionId, List<Organization> units) {
    Election e = elections.get(electionId);
    String structure = e.rules(RuleScope.RECOMMENDATION_LIST).stream().map(RoundOne::describe)
        .collect(Collectors.joining("；"));
    String deadlines = e.schedule().stream().map(d -> d.step().label() + "：" + d.dueOn())
        .collect(Collectors.joining("；"));
    for (Organization unit : units) {
      String seats = e.seatsOf(unit.id()).isPresent() ? String.valueOf(e.seatsOf(unit.id()).getAsInt()) : "未分配";
      String required = e.seatsOf(unit.id()).isPresent() ? String.valueOf(e.requiredNamesOf(unit.id())) : "—";
      notices.toOrganization(NoticeKind.ROUND_ONE, electionId, unit.id(), e.name() + "：代表推荐提名工作通知",
          "选举单位：" + e.electoralUnitId() + "\n推荐方式：" + e.nominationMode() + "\n本单位名额：" + seats
              + "\n应推荐人选数：" + required + "\n名单结构要求：" + (structure.isEmpty() ? "无" : structure)
              + "\n日程：" + deadlines);
    }
    return units.size();
  }

  void remind(String electionId, List<String> lateUnits) {
    Election e = elections.get(electionId);
    String due = e.deadline(ScheduleStep.NOMINATION).map(String::valueOf).orElse("—");
    for (String unit : lateUnits) {
      notices.toOrganization(NoticeKind.REMINDER, electionId, unit, e.name() + "：推荐提名即将截止",
          "推荐提名截止日期为 " + due + "，本单位尚未报送推荐人选名单，请抓紧完成。");
    }
  }

  void chase(String electionId, List<String> lateUnits, String action) {
    Election e = elections.get(electionId);
    for (String unit : lateUnits) {
      notices.toOrganization(NoticeKind.LATE, electionId, unit, e.name() + "：推荐提名已逾期",
          "推荐提名已过截止日期，本单位尚未报送推荐人选名单。选举单位组织部催办意见：" + action);
    }
  }

  private static String describe(StructureRule r) {
    String range = r.min() != null && r.max() != null ? r.min() + "–" + r.max() + "名"
        : r.min() != null ? "不少于" + r.min() + "名" : r.max() != null ? "不超过" + r.max() + "名"
        : r.share() != null ? "比例 " + r.share() : "";
    return r.label() + (range.isEmpty() ? "" : " " + range);
  }
}
