package cn.congress.nomination.congress;

import cn.congress.nomination.candidate.StageRoster;
import cn.congress.nomination.candidate.preliminary.PreliminaryScenario;
import cn.congress.nomination.election.ElectionService;
import cn.congress.nomination.election.Stage;
import cn.congress.nomination.organization.Member;
import cn.congress.nomination.organization.MemberAttributes.Membership;
import cn.congress.nomination.organization.Members;
import cn.congress.nomination.organization.OrganizationGroups;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.security.Role;
import cn.congress.nomination.security.UserAccounts;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reference district of {@link PreliminaryScenario} at the conference: its 22 people renamed with real surnames
 * (the ballot is in stroke order), c01…c21 the approved preliminary candidates (given by {@link Roster}), c22 and one
 * more member (u01) the city's nominees — 23 names for 18 seats. c01…c12 with c14…c17 fit the reference structure. Users:
 * two counters, a scrutineer (a voter, s01, who is not a candidate) and the scenario's organization departments.
 */
final class CongressScenario {

  static final String PASSWORD = PreliminaryScenario.PASSWORD;
  private static final String[] NAMES = {"王", "毛", "方", "孔", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐",
      "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗"};

  final PreliminaryScenario base;
  final String election;
  final String orgDepartment;
  final String cityDepartment;
  final String counter1;
  final String counter2;
  final String scrutineer;
  final String scrutineerMember;
  final String upperNominee;

  CongressScenario(String prefix) {
    base = new PreliminaryScenario(prefix);
    election = base.election;
    orgDepartment = base.orgDepartment;
    cityDepartment = base.cityDepartment;
    counter1 = prefix + "-jp-1";
    counter2 = prefix + "-jp-2";
    scrutineer = prefix + "-jianpiao";
    scrutineerMember = prefix + "-s01";
    upperNominee = prefix + "-u01";
  }

  CongressScenario create(Organizations organizations, OrganizationGroups groups, Members members, UserAccounts accounts,
                          ElectionService elections, ObjectMapper json, JdbcTemplate jdbc) throws Exception {
    base.create(organizations, groups, members, accounts, elections, json, jdbc, 21);
    for (int i = 1; i <= 22; i++) {
      jdbc.update("update member set name = ? where id = ?", NAMES[i - 1] + Papers.given(i), base.candidate(i));
    }
    members.insert(List.of(ConferenceSetup.member(upperNominee, base.branch, NAMES[22] + Papers.given(23), Membership.FULL),
        ConferenceSetup.member(scrutineerMember, base.branch, "田监票", Membership.FULL)));
    Roster.set(election, base.candidates(1, 21));
    accounts.provision(counter1, "计票人甲", PASSWORD, List.of(base.district), Set.of(Role.COUNTER));
    accounts.provision(counter2, "计票人乙", PASSWORD, List.of(base.district), Set.of(Role.COUNTER));
    accounts.provision(scrutineer, "监票人", PASSWORD, List.of(base.district), Set.of(Role.SCRUTINEER));
    return this;
  }

  String candidate(int i) {
    return base.candidate(i);
  }

  List<String> candidates(int from, int to) {
    return base.candidates(from, to);
  }

  StaffAppointment staff() {
    return new StaffAppointment(List.of(counter1, counter2), List.of(new Scrutineer(scrutineer, scrutineerMember)));
  }

  /** Starts this election's conference from processes/congress-election.bpmn (stand-ins may share the key). */
  ProcessInstance start(RepositoryService repository, RuntimeService runtime) {
    ProcessDefinition definition = repository.createProcessDefinitionQuery()
        .processDefinitionKey(CongressElectionProcess.KEY).list().stream()
        .filter(d -> d.getResourceName().endsWith("congress-election.bpmn"))
        .max(Comparator.comparingInt(ProcessDefinition::getVersion)).orElseThrow();
    return runtime.startProcessInstanceById(definition.getId(), election, Map.of(
        CongressElectionProcess.ELECTION_ID, election, CongressElectionProcess.ELECTORAL_UNIT_ID, base.district));
  }

  /** A tally sheet: {@code valid} valid ballots, each candidate's "for" votes as given (the rest against). */
  static SheetTotals sheet(List<FormalCandidate> ballot, Map<String, Integer> votesFor, int valid) {
    List<CandidateVotes> votes = new ArrayList<>();
    for (FormalCandidate c : ballot) {
      int v = votesFor.getOrDefault(c.memberId(), 0);
      votes.add(new CandidateVotes(c.memberId(), v, valid - v, 0));
    }
    return new SheetTotals(valid, 0, votes, List.of());
  }

  /**
   * Test-only PRELIMINARY_CANDIDATES roster: the approved list of each test election (the stage itself is tested
   * elsewhere); empty for others, so the application's own roster answers for those.
   */
  @TestConfiguration
  static class Roster {
    private static final Map<String, List<String>> LISTS = new ConcurrentHashMap<>();

    static void set(String electionId, List<String> memberIds) {
      LISTS.put(electionId, List.copyOf(memberIds));
    }

    @Bean
    StageRoster testPreliminaryCandidatesRoster() {
      return new StageRoster() {
        @Override
        public Stage stage() {
          return Stage.PRELIMINARY_CANDIDATES;
        }

        @Override
        public List<String> memberIds(String electionId) {
          return LISTS.getOrDefault(electionId, List.of());
        }
      };
    }
  }
}
