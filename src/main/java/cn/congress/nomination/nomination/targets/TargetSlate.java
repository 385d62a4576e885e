package cn.congress.nomination.nomination.targets;

import cn.congress.nomination.candidate.Slate;
import cn.congress.nomination.election.Election;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A list of inspection targets as the rules judge it: the list itself (names, what is known of each, the pool of filed
 * names) and, for the decision, the confirmed proposal with the reason given for each change (added or removed member
 * id → reason).
 */
record TargetSlate(Slate list, List<String> proposal, Map<String, String> changeReasons) {

  TargetSlate {
    Objects.requireNonNull(list, "list");
    proposal = proposal == null ? null : List.copyOf(proposal);
    changeReasons = changeReasons == null ? Map.of() : Map.copyOf(changeReasons);
  }

  boolean isDecision() {
    return proposal != null;
  }

  Election election() {
    return list.election();
  }

  List<String> memberIds() {
    return list.memberIds();
  }

  Map<String, Slate.Entry> known() {
    return list.known();
  }

  Set<String> pool() {
    return list.pool();
  }

  String person(String memberId) {
    return list.person(memberId);
  }
}
