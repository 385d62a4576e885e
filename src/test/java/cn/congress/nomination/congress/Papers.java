package cn.congress.nomination.congress;

import cn.congress.nomination.election.Election;
import cn.congress.nomination.election.ReferenceElections;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Ballots and ballot forms written compactly for the rule tests: marks as "FFAN" (for, for, against, abstain). */
final class Papers {
  private Papers() {}

  static final Election REFERENCE = ReferenceElections.district();
  static final String[] SURNAMES = {"王", "毛", "方", "孔", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙",
      "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓"};

  /** c-1 … c-n, named 王一, 毛二 … (surnames varied so stroke order is exercised). */
  static List<FormalCandidate> candidates(int n) {
    List<FormalCandidate> list = new ArrayList<>();
    for (int i = 1; i <= n; i++) list.add(new FormalCandidate("c-" + i, SURNAMES[(i - 1) % SURNAMES.length] + given(i),
        SeatSource.ELECTORAL_UNIT));
    return list;
  }

  private static final String DIGITS = "零一二三四五六七八九";

  /** A given name spelling the number in Chinese digits (明一, 明一二 …): every name distinct and orderable. */
  static String given(int i) {
    StringBuilder name = new StringBuilder("明");
    String.valueOf(i).chars().forEach(c -> name.append(DIGITS.charAt(c - '0')));
    return name.toString();
  }

  static BallotForm form(int candidates, int seats) {
    return new BallotForm(candidates(candidates), seats, true);
  }

  static Ballot ballot(int number, String marks, WriteIn... writeIns) {
    return new Ballot(number, marks.chars().mapToObj(c -> Mark.of((char) c)).toList(), Arrays.asList(writeIns));
  }

  /** {@code count} identical ballots numbered from {@code first}. */
  static List<Ballot> ballots(int first, int count, String marks) {
    List<Ballot> list = new ArrayList<>();
    for (int i = 0; i < count; i++) list.add(ballot(first + i, marks));
    return list;
  }

  static WriteIn writeIn(String replaces, String memberId) {
    return new WriteIn(replaces, memberId, "另选" + memberId);
  }

  /** Everyone is eligible except the ids starting with "x-" (e.g. a probationary member). */
  static final WriteInEligibility ELIGIBLE_UNLESS_X = id -> id.startsWith("x-")
      ? Optional.of("是预备党员，不能当选") : Optional.empty();
}
