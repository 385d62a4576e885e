package cn.congress.nomination.simulation;

import cn.congress.nomination.nomination.branch.MustKnowKind;
import java.time.LocalDate;
import java.util.List;

/** The request bodies the forms send, with the synthetic decisions of the reference scenario (as the end-to-end test). */
final class Payloads {
  private Payloads() {}

  /** Every full member of the branch takes part (one by phone) and votes for every nominee. */
  static String branchMeeting(int fullMembers, List<String> nominees) {
    int phone = fullMembers > 1 ? 1 : 0;
    StringBuilder rows = new StringBuilder();
    for (String nominee : nominees) {
      if (!rows.isEmpty()) rows.append(',');
      rows.append("{\"memberId\":\"%s\",\"votes\":%d,\"fullMemberVotes\":%d}".formatted(nominee, fullMembers,
          fullMembers));
    }
    return "{\"expected\":%d,\"participants\":{\"PRESENT\":%d,\"PHONE\":%d},\"educated\":%d,\"nominees\":[%s]}"
        .formatted(fullMembers, fullMembers - phone, phone, fullMembers, rows);
  }

  /** Five must-knows #1 or #2: told at a members' meeting, every full member. */
  static String mustKnow(MustKnowKind kind, LocalDate toldOn, int fullMembers) {
    return "{\"kind\":\"%s\",\"toldOn\":\"%s\",\"channel\":\"MEETING\",\"membersTold\":%d}".formatted(kind, toldOn,
        Math.max(1, fullMembers));
  }

  /** A committee's or unit's meeting: 9 expected, 8 present, every name selected by all present. */
  static String selectionMeeting(List<String> selected) {
    StringBuilder votes = new StringBuilder();
    for (String id : selected) {
      if (!votes.isEmpty()) votes.append(',');
      votes.append("{\"memberId\":\"%s\",\"votes\":8,\"selected\":true}".formatted(id));
    }
    return "{\"expected\":9,\"present\":8,\"decision\":\"会议经充分酝酿，按得票多少确定推荐人选\",\"votes\":[%s]}"
        .formatted(votes);
  }

  static String unitList(List<String> names) {
    StringBuilder rows = new StringBuilder();
    for (String id : names) {
      if (!rows.isEmpty()) rows.append(',');
      rows.append("{\"memberId\":\"%s\"}".formatted(id));
    }
    return "{\"workSummary\":\"本单位所属党组织和党员全部参加推荐，按照三上三下程序确定推荐人选。\",\"names\":[%s]}"
        .formatted(rows);
  }

  /** The standing committee's meeting on the targets: every pool name on the record, the reason for each choice. */
  static String targetMeeting(List<String> pool, List<String> targets) {
    StringBuilder votes = new StringBuilder();
    for (String id : pool) {
      if (!votes.isEmpty()) votes.append(',');
      boolean selected = targets.contains(id);
      votes.append("{\"memberId\":\"%s\",\"votes\":%d,\"selected\":%s,\"departureReason\":\"%s\"}".formatted(
          id, selected ? 10 : 0, selected, "统筹代表结构（领导干部、一线、女性、少数民族、年龄）"));
    }
    return "{\"expected\":11,\"present\":10,\"decision\":\"常委会研究确定初步人选考察对象\",\"votes\":[%s]}"
        .formatted(votes);
  }

  /** The standing committee's meeting on the initial candidates. */
  static String candidateMeeting(List<String> pool, List<String> selected) {
    StringBuilder votes = new StringBuilder();
    for (String id : pool) {
      if (!votes.isEmpty()) votes.append(',');
      boolean chosen = selected.contains(id);
      votes.append("{\"memberId\":\"%s\",\"votes\":%d,\"selected\":%s}".formatted(id, chosen ? 10 : 1, chosen));
    }
    return "{\"expected\":11,\"present\":10,\"decision\":\"常委会研究确定代表候选人初步人选\",\"votes\":[%s]}"
        .formatted(votes);
  }

  static String musts(boolean leadingCadre) {
    String personal = leadingCadre
        ? "{\"must\":\"PERSONAL_MATTERS\",\"result\":\"CLEAR\",\"evidence\":[" + evidence("PERSONAL_MATTERS_REPORT") + "]}"
        : "{\"must\":\"PERSONAL_MATTERS\",\"result\":\"NOT_APPLICABLE\"}";
    return "{\"musts\":[{\"must\":\"ARCHIVE_REVIEW\",\"result\":\"CLEAR\",\"evidence\":[" + evidence("ARCHIVE")
        + "]}," + personal + ",{\"must\":\"DISCIPLINE_OPINION\",\"result\":\"CLEAR\",\"evidence\":["
        + evidence("DISCIPLINE_OPINION") + "]},{\"must\":\"COMPLAINTS\",\"result\":\"NOT_APPLICABLE\"}]}";
  }

  static String conclusion(boolean vetoed) {
    return "{\"political\":\"PASSED\",\"politicalFinding\":\"政治坚定\",\"integrity\":\"" + (vetoed ? "FAILED" : "PASSED")
        + "\",\"integrityFinding\":\"" + (vetoed ? "经核实存在违规收受礼金问题" : "廉洁自律") + "\"}";
  }

  static String plenaryVote(List<String> initial) {
    StringBuilder votes = new StringBuilder();
    for (String id : initial) {
      if (!votes.isEmpty()) votes.append(',');
      votes.append("{\"memberId\":\"%s\",\"votes\":33,\"selected\":true}".formatted(id));
    }
    return "{\"expected\":40,\"present\":38,\"decision\":\"全委会圈选确定代表候选人预备人选\",\"votes\":[" + votes + "]}";
  }

  private static String evidence(String source) {
    return "{\"source\":\"" + source + "\",\"reference\":\"2026-12\",\"summary\":\"未发现问题\"}";
  }
}
