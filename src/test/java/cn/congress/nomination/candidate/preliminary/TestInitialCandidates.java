package cn.congress.nomination.candidate.preliminary;

import cn.congress.nomination.candidate.StageRoster;
import cn.congress.nomination.election.Stage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Test-only INITIAL_CANDIDATES roster: the initial candidates stage is built elsewhere, so tests of the preliminary
 * candidates and the discipline register give each of their elections its initial list here. Empty for any other
 * election, so the application's own roster of that stage (when present) answers for those.
 */
@TestConfiguration
public class TestInitialCandidates {

  private static final Map<String, List<String>> LISTS = new ConcurrentHashMap<>();

  public static void set(String electionId, List<String> memberIds) {
    LISTS.put(electionId, List.copyOf(memberIds));
  }

  @Bean
  StageRoster testInitialCandidatesRoster() {
    return new StageRoster() {
      @Override
      public Stage stage() {
        return Stage.INITIAL_CANDIDATES;
      }

      @Override
      public List<String> memberIds(String electionId) {
        return LISTS.getOrDefault(electionId, List.of());
      }
    };
  }
}
