package cn.congress.nomination.campaign;

import static cn.congress.nomination.campaign.CampaignUsers.read;
import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.campaign.InitialCandidateSteps.Steps;
import cn.congress.nomination.election.CategorizedMember;
import cn.congress.nomination.election.ElectionIdentities;
import cn.congress.nomination.election.Elections;
import cn.congress.nomination.organization.Members;
import cn.congress.nomination.simulation.DelegateChoice;
import cn.congress.nomination.simulation.SyntheticBallots;
import cn.congress.nomination.support.Api;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reference scenario's delegate conference over HTTP: the city enters two nominees (the formal list: 20 + 2 for
 * 18 seats); the organization department adopts the rules, appoints the counters jp-1 and jp-2 and the scrutineer
 * jianpiao-1 (a voter who is not a candidate) and records the introduction; roll call of the 308 delegates (246
 * present misses the quorum of more than 4/5, 296 meets it), 296 ballots issued and returned; each counter enters the
 * 296 ballots one by one (two of them over-marked, hence void), the second entry differs on one ballot; the count is
 * sealed for everyone until the scrutineer resolves the difference and confirms; 16 + 2 elected; the results filed,
 * the credentials committee confirms every delegate.
 */
final class ConferenceSteps {

  static final String ELECTION = ReferenceCampaignEndToEndTest.ELECTION;
  static final String PATH = "/api/elections/" + ELECTION + "/congress";
  static final int EXPECTED = 308;
  static final int PRESENT = 296;
  /** Every variable the conference's process may hold (ids, inputs, decisions): none is a figure of a count. */
  static final List<String> PROCESS_VARIABLES = List.of("electionId", "electoralUnitId", "upperCommitteeId",
      "upperNominees", "expected", "present", "issued", "candidates", "roundId", "returned", "roundVoid", "firstCounter",
      "nextStep", "reduceSeats", "reason", "delegatesConfirmed");

  private final CampaignUsers users;
  private final JdbcTemplate jdbc;
  private final Elections elections;
  private final Members members;
  private final ElectionIdentities identities;

  ConferenceSteps(CampaignUsers users, JdbcTemplate jdbc, Elections elections, Members members,
                  ElectionIdentities identities) {
    this.users = users;
    this.jdbc = jdbc;
    this.elections = elections;
    this.members = members;
    this.identities = identities;
  }

  record Elected(List<String> own, List<String> upper, JsonNode results) {}

  /** Runs the conference to the credentials confirmed; returns who was elected and the results as reported. */
  Elected elect(Steps steps, List<String> preliminary) {
    List<String> upper = upperNominees(preliminary);
    steps.awaitTask("city-zzb", "Task_NominateUpperCandidates");
    // the electoral unit cannot nominate for the city; a probationary member is refused naming the rule
    assertThat(users.api("qu-zzb").post(PATH + "/upper-nominees", nominees(upper)).status()).isEqualTo(403);
    Api.Response probationary = users.api("city-zzb").post(PATH + "/upper-nominees", nominees(List.of(upper.get(0),
        probationaryMember())));
    assertThat(probationary.status()).as(probationary.body()).isEqualTo(422);
    assertThat(probationary.body()).contains("FULL_MEMBER").contains("upperNominees[1]");
    JsonNode list = ok(users.api("city-zzb").post(PATH + "/upper-nominees", nominees(upper)));
    assertThat(list).hasSize(preliminary.size() + upper.size());
    List<String> ballot = new ArrayList<>();
    list.forEach(c -> ballot.add(c.path("memberId").asText()));

    steps.awaitTask("qu-zzb", "Task_PrepareConference");
    ok(users.api("qu-zzb").put(PATH + "/rules", "{\"writeInsAllowed\":true,\"seatReductionAllowed\":false}"));
    String voter = voterNotCandidate(ballot);
    Api.Response candidateScrutinizing = users.api("qu-zzb").put(PATH + "/staff", staff(ballot.get(0)));
    assertThat(candidateScrutinizing.status()).as(candidateScrutinizing.body()).isEqualTo(422);
    assertThat(candidateScrutinizing.body()).contains("SCRUTINEER_NOT_CANDIDATE");
    ok(users.api("qu-zzb").put(PATH + "/staff", staff(voter)));
    ok(users.api("qu-zzb").put(PATH + "/introduction", "{\"explainedBy\":\"区委组织部部长\",\"introduction\":"
        + "\"印发正式候选人简历，说明候选人产生过程，逐一介绍候选人\"}"));
    ok(users.api("qu-zzb").post(PATH + "/preparation/submit", ""));

    steps.awaitTask("qu-zzb", "Task_IssueBallots");
    Api.Response quorumMissed = users.api("qu-zzb").post(PATH + "/rounds", opening(246));
    assertThat(quorumMissed.status()).as(quorumMissed.body()).isEqualTo(422);
    assertThat(quorumMissed.body()).contains("QUORUM");
    long round = ok(users.api("qu-zzb").post(PATH + "/rounds", opening(PRESENT))).path("round").path("id").asLong();
    steps.awaitTask("qu-zzb", "Task_RecordBallotsReturned");
    ok(users.api("qu-zzb").post(PATH + "/rounds/" + round + "/returned", "{\"returned\":" + PRESENT + "}"));

    List<String> own = ownDelegates(preliminary);
    List<String> chosen = new ArrayList<>(own);
    chosen.addAll(upper);
    JsonNode roundView = ok(users.api("jp-1").get(PATH + "/rounds/" + round));
    List<String> order = new ArrayList<>();
    roundView.path("ballot").forEach(c -> order.add(c.path("memberId").asText()));
    assertThat(order).containsExactlyInAnyOrderElementsOf(ballot);
    String first = SyntheticBallots.entry(order, chosen, PRESENT, -1);
    String second = SyntheticBallots.entry(order, chosen, PRESENT, 7);  // the second counter read ballot 7 differently
    steps.awaitTask("jp-1", "Task_EnterFirstCount");
    ok(users.api("jp-1").post(PATH + "/rounds/" + round + "/entries", first));
    ok(users.api("jp-1").post(PATH + "/rounds/" + round + "/entries/submit", ""));
    ok(users.api("jp-2").post(PATH + "/rounds/" + round + "/entries", second));
    ok(users.api("jp-2").post(PATH + "/rounds/" + round + "/entries/submit", ""));

    sealedForEveryoneButTheirOwnEntry(round);
    // wrong people: no login, a branch secretary reading, a counter confirming, a scrutineer entering a count
    assertThat(Api.anonymous(users.port()).get(PATH).status()).isEqualTo(401);
    assertThat(users.api(branchSecretary()).get(PATH + "/rounds/" + round).status()).isEqualTo(403);
    assertThat(users.api("jp-1").post(PATH + "/rounds/" + round + "/confirm", "").status()).isEqualTo(403);
    assertThat(users.api("jianpiao-1").post(PATH + "/rounds/" + round + "/entries", first).status()).isEqualTo(403);

    steps.awaitTask("jianpiao-1", "Task_ConfirmCount");
    Api.Response differ = users.api("jianpiao-1").post(PATH + "/rounds/" + round + "/confirm", "");
    assertThat(differ.status()).as(differ.body()).isEqualTo(422);
    assertThat(differ.body()).contains("ENTRIES_AGREE");
    JsonNode scrutinized = ok(users.api("jianpiao-1").get(PATH + "/rounds/" + round)).path("count");
    assertThat(scrutinized.path("sealed").asBoolean()).isTrue();
    assertThat(scrutinized.path("differences")).isNotEmpty();
    assertThat(absent(scrutinized.path("tally"))).isTrue();
    // the scrutineer learns the two entries' ids and counters, nothing of their content; a counter may not ask
    JsonNode entries = ok(users.api("jianpiao-1").get(PATH + "/rounds/" + round + "/entries"));
    assertThat(entries).hasSize(2);
    List<String> fields = new ArrayList<>();
    entries.get(0).fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("id", "number", "counter", "mode", "enteredAt");
    assertThat(users.api("jp-1").get(PATH + "/rounds/" + round + "/entries").status()).isEqualTo(403);
    long firstEntry = -1;
    for (JsonNode e : entries) if (e.path("counter").asText().equals("jp-1")) firstEntry = e.path("id").asLong();
    assertThat(firstEntry).isEqualTo(jdbc.queryForObject(
        "select id from congress_count_entry where round_id = ? and counter = 'jp-1'", Long.class, round));
    ok(users.api("jianpiao-1").post(PATH + "/rounds/" + round + "/resolution", "{\"entryId\":" + firstEntry
        + ",\"reason\":\"核对第7张纸质选票，以第一次录入为准\"}"));
    JsonNode confirmed = ok(users.api("jianpiao-1").post(PATH + "/rounds/" + round + "/confirm", "")).path("count");
    assertThat(confirmed.path("sealed").asBoolean()).isFalse();
    assertThat(confirmed.path("tally").path("invalid").asInt()).isEqualTo(2);
    assertThat(confirmed.path("outcome").path("elected")).hasSize(18);

    JsonNode results = ok(users.api("qu-zzb").get(PATH + "/results"));
    steps.awaitTask("qu-zzb", "Task_FileResults");
    ok(users.api("qu-zzb").post(PATH + "/filing", ""));
    steps.awaitTask("city-zzb", "Task_ReviewCredentials");
    JsonNode standing = ok(users.api("city-zzb").get(PATH + "/credentials"));
    StringBuilder decisions = new StringBuilder();
    standing.forEach(c -> decisions.append(decisions.isEmpty() ? "" : ",").append("{\"memberId\":\"")
        .append(c.path("delegate").path("memberId").asText()).append("\",\"decision\":\"CONFIRMED\"}"));
    ok(users.api("city-zzb").put(PATH + "/credentials", "[" + decisions + "]"));
    ok(users.api("city-zzb").post(PATH + "/credentials/submit", ""));
    return new Elected(own, upper, results);
  }

  /**
   * Before the scrutineer confirms: the organization department, a branch secretary, the city and the admin see no
   * count through the domain API or the engine's REST API (no variable holds one); each counter sees their own entry.
   */
  private void sealedForEveryoneButTheirOwnEntry(long round) {
    for (String user : List.of("qu-zzb", "city-zzb", "admin", "dudao")) {
      Api api = user.equals("admin") ? Api.as(users.port(), "admin", "admin") : users.api(user);
      JsonNode count = ok(api.get(PATH + "/rounds/" + round)).path("count");
      assertThat(count.path("sealed").asBoolean()).as(user).isTrue();
      assertThat(absent(count.path("tally"))).as(user).isTrue();
      assertThat(absent(count.path("outcome"))).as(user).isTrue();
      assertThat(absent(count.path("ownEntry"))).as(user).isTrue();
      assertThat(count.path("differences")).as(user).isEmpty();
      JsonNode overview = ok(api.get(PATH));
      assertThat(overview.path("results").path("elected")).as(user).isEmpty();
    }
    Api admin = Api.as(users.port(), "admin", "admin");
    String instance = ok(admin.get("/engine-rest/process-instance?processDefinitionKey=CongressElectionProcess"
        + "&businessKey=" + ELECTION)).get(0).path("id").asText();
    JsonNode variables = ok(admin.get("/engine-rest/history/variable-instance?processInstanceId=" + instance));
    List<String> names = new ArrayList<>();
    variables.forEach(v -> names.add(v.path("name").asText()));
    assertThat(names).isNotEmpty().allMatch(PROCESS_VARIABLES::contains);
    JsonNode tasks = ok(admin.get("/engine-rest/task?processInstanceId=" + instance));
    assertThat(tasks).isNotEmpty();
    for (JsonNode task : tasks) {
      JsonNode form = ok(admin.get("/engine-rest/task/" + task.path("id").asText() + "/form-variables"));
      form.fieldNames().forEachRemaining(n -> assertThat(n).isIn(PROCESS_VARIABLES));
    }
    JsonNode own = ok(users.api("jp-1").get(PATH + "/rounds/" + round)).path("count");
    assertThat(own.path("sealed").asBoolean()).isTrue();
    assertThat(absent(own.path("tally"))).isTrue();
    assertThat(own.path("ownEntry").path("counter").asText()).isEqualTo("jp-1");
    assertThat(own.path("ownEntry").path("ballots")).hasSize(PRESENT);
    assertThat(ok(users.api("jp-2").get(PATH + "/rounds/" + round)).path("count").path("ownEntry").path("counter")
        .asText()).isEqualTo("jp-2");
  }

  /** 16 of the preliminary candidates meeting every delegate rule (the simulator's seeded choice). */
  private List<String> ownDelegates(List<String> preliminary) {
    Map<String, String> categories = identities.categoriesOf(ELECTION, preliminary);
    return DelegateChoice.meetingStructure(elections.get(ELECTION), preliminary.stream()
        .map(id -> new CategorizedMember(members.find(id).orElseThrow(), categories.get(id))).toList(), 16);
  }

  /** Two full members of the district, neither on the list nor removed, as the city's nominees. */
  private List<String> upperNominees(List<String> preliminary) {
    return jdbc.queryForList("""
        select m.id from member m join election_identity i on i.member_id = m.id and i.election_id = ?
         where m.membership = 'FULL' and i.category_code = 'PROFESSIONAL_TECHNICAL'
           and not exists (select 1 from candidate_removal r where r.election_id = ? and r.member_id = m.id)
         order by m.id""", String.class, ELECTION, ELECTION).stream().filter(id -> !preliminary.contains(id))
        .limit(2).toList();
  }

  private String branchSecretary() {
    return jdbc.queryForObject("select min(id) from organization where type = 'BRANCH'", String.class) + "-sj";
  }

  private String probationaryMember() {
    return jdbc.queryForObject("select min(id) from member where membership = 'PROBATIONARY'", String.class);
  }

  private String voterNotCandidate(List<String> ballot) {
    return jdbc.queryForList("select id from member where membership = 'FULL' order by id fetch first 50 rows only",
        String.class).stream().filter(id -> !ballot.contains(id)).findFirst().orElseThrow();
  }

  private static String nominees(List<String> ids) {
    return "{\"memberIds\":[" + ids.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(",")) + "]}";
  }

  private static String staff(String scrutineerMember) {
    return "{\"counters\":[\"jp-1\",\"jp-2\"],\"scrutineers\":[{\"userId\":\"jianpiao-1\",\"memberId\":\""
        + scrutineerMember + "\"}]}";
  }

  private static String opening(int present) {
    return "{\"expected\":" + EXPECTED + ",\"present\":" + present + ",\"issued\":" + present + "}";
  }

  /** Null values are left out of the API's JSON (non_null inclusion). */
  private static boolean absent(JsonNode node) {
    return node.isNull() || node.isMissingNode();
  }

  private static JsonNode ok(Api.Response response) {
    assertThat(response.status()).as(response.body()).isBetween(200, 204);
    return read(response.body());
  }
}
