package cn.congress.nomination.simulation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A conference's returned ballots as a counter enters them one by one (the domain API's {mode: BALLOTS} body):
 * "for" the chosen names and "against" the others, varied so the votes differ (every third ballot one chosen name
 * "against"; every fifth one chosen name abstained and one other name "for"); the last six: four abstaining
 * throughout, two marking every name "for" (over-marked: void). {@code misread} (a ballot number, or -1) changes one
 * mark, as a second counter might.
 */
public final class SyntheticBallots {
  private SyntheticBallots() {}

  public static String entry(List<String> ballotOrder, List<String> chosen, int returned, int misread) {
    List<String> others = ballotOrder.stream().filter(id -> !chosen.contains(id)).toList();
    StringBuilder json = new StringBuilder("{\"mode\":\"BALLOTS\",\"ballots\":[");
    for (int k = 1; k <= returned; k++) {
      Map<String, String> mark = new HashMap<>();
      for (String id : ballotOrder) mark.put(id, chosen.contains(id) ? "FOR" : "AGAINST");
      if (k <= returned - 6) {
        if (k % 3 == 0) mark.put(chosen.get(k % chosen.size()), "AGAINST");
        if (k % 5 == 0 && !others.isEmpty()) {
          mark.put(chosen.get((k + 1) % chosen.size()), "ABSTAIN");
          mark.put(others.get(k % others.size()), "FOR");
        }
      } else {
        for (String id : ballotOrder) mark.put(id, k <= returned - 2 ? "ABSTAIN" : "FOR");
      }
      if (k == misread) mark.put(chosen.get(0), mark.get(chosen.get(0)).equals("FOR") ? "AGAINST" : "FOR");
      if (k > 1) json.append(',');
      json.append("{\"number\":").append(k).append(",\"marks\":[")
          .append(ballotOrder.stream().map(id -> "\"" + mark.get(id) + "\"").collect(Collectors.joining(",")))
          .append("]}");
    }
    return json.append("]}").toString();
  }
}
