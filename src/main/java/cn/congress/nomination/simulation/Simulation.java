package cn.congress.nomination.simulation;

import cn.congress.nomination.demo.DemoDistrict;
import cn.congress.nomination.demo.DistrictWriter;
import cn.congress.nomination.election.CategorizedMember;
import cn.congress.nomination.election.ElectionIdentities;
import cn.congress.nomination.election.Elections;
import cn.congress.nomination.nomination.branch.BranchNominationProcess;
import cn.congress.nomination.nomination.branch.MustKnowKind;
import cn.congress.nomination.nomination.unit.RecommendingUnitProcess;
import cn.congress.nomination.organization.Members;
import cn.congress.nomination.security.SystemCalls;
import cn.congress.nomination.security.Viewer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The whole campaign at a size of N branches, as its users would run it: a synthetic district from the demo's
 * generator, the reference election on it, then round one (every branch secretary records and submits the meeting,
 * on a pool of threads), the recommending units (committee and unit meetings, each confirmed by a second person, the
 * list filed), the inspection targets, the inspections (the engine clock moved past the notice period; one target
 * vetoed), the initial candidates with their publicity (one objection substantiated, the clock moved past the period),
 * the preliminary candidates approved by the city, and the delegate conference (the city's nominees, one round entered
 * ballot by ballot by two counters and confirmed by a scrutineer, the results filed, the credentials confirmed). Saves
 * go through the domain API over HTTP; every task is found, claimed and completed through the engine as a user of the
 * organization that owns it. Then the bare engine is measured in the same run for comparison.
 */
@Component
public class Simulation {

  static final String ELECTION = DistrictWriter.ELECTION_ID;
  static final String DISTRICT = DistrictWriter.DISTRICT_ID;
  static final LocalDate ELECTION_DATE = LocalDate.of(2027, 4, 9);
  static final String PASSWORD = "simulate";
  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  private static final String TARGETS = "/api/elections/" + ELECTION + "/inspection-targets";
  private static final String INSPECTIONS = "/api/elections/" + ELECTION + "/inspections";
  private static final String INITIAL = "/api/elections/" + ELECTION + "/initial-candidates";
  private static final String PRELIMINARY = "/api/elections/" + ELECTION + "/preliminary-candidates";
  private static final String NOMINATIONS = "/api/nominations/" + ELECTION;
  private static final String CONGRESS = "/api/elections/" + ELECTION + "/congress";
  /** The conference: 308 delegates of the district congress expected, 296 present. */
  private static final int CONFERENCE_PRESENT = 296;

  /**
   * What to simulate: branches, threads for the branch submissions, seconds between progress lines, and how far: the
   * whole campaign, or round one only (where the scale goals are set) before the baseline and report.
   */
  public record Options(int branches, int threads, int progressSeconds, Reach reach) {
    public Options(int branches, int threads, int progressSeconds) {
      this(branches, threads, progressSeconds, Reach.END);
    }
  }

  /** How far a run goes: {@code --through round-one} or {@code --through end} (the default). */
  public enum Reach {
    ROUND_ONE("round-one"), END("end");

    final String argument;

    Reach(String argument) {
      this.argument = argument;
    }

    static Reach of(String argument) {
      for (Reach r : values()) if (r.argument.equals(argument)) return r;
      throw new IllegalArgumentException("--through takes round-one or end, not '" + argument + "'");
    }
  }

  private final DistrictWriter writer;
  private final JdbcTemplate jdbc;
  private final EngineUser engine;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final IdentityService identityService;
  private final EngineBaseline baseline;
  private final SimulationMeasures measures;
  private final FinalReport finalReport;
  private final Elections elections;
  private final Members members;
  private final ElectionIdentities identities;

  Simulation(DistrictWriter writer, JdbcTemplate jdbc, EngineUser engine, TaskService taskService,
             RuntimeService runtimeService, HistoryService historyService, IdentityService identityService,
             EngineBaseline baseline, SimulationMeasures measures, FinalReport finalReport, Elections elections,
             Members members, ElectionIdentities identities) {
    this.elections = elections;
    this.members = members;
    this.identities = identities;
    this.writer = writer;
    this.jdbc = jdbc;
    this.engine = engine;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.identityService = identityService;
    this.baseline = baseline;
    this.measures = measures;
    this.finalReport = finalReport;
  }

  /** Runs the campaign against the application listening on {@code port}; prints progress and the tables to out. */
  public SimulationResult run(Options options, int port, PrintStream out) {
    if (jdbc.queryForObject("select count(*) from organization where id = ?", Integer.class, DISTRICT) > 0) {
      throw new SimulationFailure("the database already holds a district '" + DISTRICT
          + "': the simulation needs an empty database (a new H2 directory or a new PostgreSQL database)");
    }
    Run run = new Run(options, port, out);
    try (Meter meter = new Meter(out, this::finishedTasks, options.progressSeconds());
         StatisticsKeeper statistics = StatisticsKeeper.start(jdbc, out)) {
      run.meter = meter;
      run.statistics = statistics;
      return run.all();
    } finally {
      ClockUtil.reset();
    }
  }

  private long finishedTasks() {
    return SystemCalls.asSystem(identityService, () -> historyService.createHistoricTaskInstanceQuery().finished()
        .count());
  }

  /** One run: its options, the users' HTTP clients, what each stage leaves for the next. */
  private final class Run {
    final Options options;
    final int port;
    final PrintStream out;
    Meter meter;
    StatisticsKeeper statistics;
    final Choices choices = new Choices(jdbc, ELECTION, ELECTION_DATE);
    final Map<String, Http> clients = new java.util.concurrent.ConcurrentHashMap<>();
    final List<Long> branchNanos = java.util.Collections.synchronizedList(new ArrayList<>());
    /** Of the branches' time, the part spent saving the meeting (HTTP, domain API); the rest is the engine's task. */
    final java.util.concurrent.atomic.AtomicLong saveNanos = new java.util.concurrent.atomic.AtomicLong();
    DemoDistrict.Summary summary;

    Run(Options options, int port, PrintStream out) {
      this.options = options;
      this.port = port;
      this.out = out;
    }

    Http as(String user) {
      return clients.computeIfAbsent(user, u -> Http.as(port, u, PASSWORD));
    }

    SimulationResult all() {
      meter.stage("district and election", options.branches(), () -> {
        summary = writer.writeInChunks(options.branches(), PASSWORD, Viewer.system("simulation"), meter::tick);
      });
      statistics.analyzeNow();
      List<String> branches = jdbc.queryForList("select id from organization where type = 'BRANCH' and path like ? "
          + "order by path", String.class, "/city/" + DISTRICT + "/%");
      meter.stage("campaign start (branches opened)", branches.size(), this::startCampaign);
      statistics.analyzeNow();
      String secretary = DistrictWriter.secretaryOf(branches.get(branches.size() / 2));
      double tasklistAllOpen = measures.tasklistQueryMillis(secretary);
      // printed now too: a run stopped in round one (100,000 branches) still tells it
      out.printf("[simulate] %s's Tasklist query (filter 本组织待办), every branch task open: %.1f ms (median)%n",
          secretary, tasklistAllOpen);
      List<String> units = jdbc.queryForList("select id from organization where type = 'RECOMMENDING_UNIT' and "
          + "parent_id = ? order by sort_order, id", String.class, DISTRICT);
      Map<String, List<String>> names = new LinkedHashMap<>();
      for (String unit : units) names.put(unit, choices.unitNames(unit, 17));
      Map<String, String> unitOfBranch = unitOfBranch(units);
      Map<String, Integer> fullMembers = fullMembers();

      meter.stage("branch nomination (round one)", branches.size(), () -> inParallel(branches, options.threads(),
          branch -> submitBranch(branch, fullMembers.getOrDefault(branch, 0), names.get(unitOfBranch.get(branch)))));
      long submitted = jdbc.queryForObject("select count(*) from branch_submission where election_id = ? and status = "
          + "'SUBMITTED'", Long.class, ELECTION);
      if (submitted != branches.size()) {
        throw new SimulationFailure(submitted + " branch submissions committed of " + branches.size());
      }
      Later later = options.reach() == Reach.END ? laterStages(units, names, branches, fullMembers) : Later.NOT_RUN;
      ClockUtil.reset();

      // as many instances as branches (at least 200 for a stable rate, at most 5,000: the rate, not the count, matters)
      int baselineInstances = Math.max(200, Math.min(branches.size(), 5_000));
      EngineBaseline.Result bare = meter.stage("bare engine baseline", baselineInstances,
          () -> baseline.measure(baselineInstances, options.threads(), meter::tick));
      double tasklistMillis = measures.tasklistQueryMillis(secretary);
      SimulationResult.Counts counts = new SimulationResult.Counts(summary.branches(), summary.members(),
          summary.committees(), submitted, countFiledUnitLists(), later.targets().size(),
          later.inspected().values().stream().filter("PASSED"::equals).count(),
          later.inspected().values().stream().filter("VETOED"::equals).count(), later.initial().size(),
          later.preliminary().size(), notices("PRELIMINARY_CANDIDATES_FIXED"), later.delegates().size(),
          notices("ELECTION_RESULTS"), jdbc.queryForObject("select count(*) from branch_must_know where election_id = ? "
              + "and confirmed_by is not null", Long.class, ELECTION));
      return new SimulationResult(options, counts, meter.stages(), bare, List.copyOf(branchNanos), saveNanos.get(),
          tasklistAllOpen, tasklistMillis,
          meter.maxHeapSampled(), measures.peakHeapBytes(), measures.databaseBytes(),
          finalReport.render(ELECTION, DISTRICT));
    }

    /** From the recommending units to the credentials confirmed and the campaign's end. */
    private Later laterStages(List<String> units, Map<String, List<String>> names, List<String> branches,
                              Map<String, Integer> fullMembers) {
      meter.stage("recommending units", units.size(), () -> inParallel(units, Math.min(options.threads(), units.size()),
          unit -> unitList(unit, names.get(unit))));
      meter.stage("branch must-knows #1 and #2", branches.size(), () -> inParallel(branches, options.threads(),
          branch -> mustKnows(branch, fullMembers.getOrDefault(branch, 0))));
      long open = SystemCalls.asSystem(identityService, () -> runtimeService.createProcessInstanceQuery()
          .processDefinitionKey(BranchNominationProcess.KEY).count());
      if (open > 0) throw new SimulationFailure(open + " branch nomination processes still open after the must-knows");
      List<String> targets = meter.stage("inspection targets", units.size(), () -> inspectionTargets(units));
      String vetoed = targets.get(targets.size() - 1);
      Map<String, String> inspected = meter.stage("inspections", targets.size(), () -> inspections(targets, vetoed));
      List<String> initial = meter.stage("initial candidates and publicity", units.size(),
          () -> initialCandidates(targets, vetoed, units));
      List<String> preliminary = meter.stage("preliminary candidates", 1, this::preliminaryCandidates);
      List<String> delegates = meter.stage("delegate conference", CONFERENCE_PRESENT,
          () -> conference(preliminary));
      EngineUser.await("the campaign reached its end (delegates elected, credentials confirmed)", () ->
          runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(ELECTION)
              .processDefinitionKey("ElectionCampaignProcess").count() == 0);
      return new Later(targets, inspected, initial, preliminary, delegates);
    }

    private void startCampaign() {
      as("qu-zzb").post("/api/elections/" + ELECTION + "/campaign", "{}");
      long expected = jdbc.queryForObject("select count(*) from organization where type = 'BRANCH' and path like ?",
          Long.class, "/city/" + DISTRICT + "/%");
      // ten minutes, and 20 ms more per branch on two busy cores (10,000 branches took 61 s, so 100,000 about 10 min)
      Duration limit = Duration.ofMinutes(10).plusMillis(20 * expected);
      EngineUser.await("every branch has its meeting task", limit, () -> {
        long open = SystemCalls.asSystem(identityService, () -> taskService.createTaskQuery()
            .taskDefinitionKey(BranchNominationProcess.TASK_RECORD_BRANCH_MEETING).count());
        return open >= expected;
      });
    }

    /** The secretary saves the meeting (domain API), then finds, claims and completes the task (engine, as them). */
    private void submitBranch(String branch, int fullMembers, List<String> nominees) {
      long start = System.nanoTime();
      String secretary = DistrictWriter.secretaryOf(branch);
      as(secretary).put(NOMINATIONS + "/branches/" + branch + "/meeting", Payloads.branchMeeting(fullMembers, nominees));
      saveNanos.addAndGet(System.nanoTime() - start);
      engine.complete(secretary, BranchNominationProcess.businessKey(ELECTION, branch),
          BranchNominationProcess.TASK_RECORD_BRANCH_MEETING);
      branchNanos.add(System.nanoTime() - start);
      meter.tick();
    }

    /**
     * Five must-knows #1 and #2: the secretary confirms that the members were told the branch's nominees and the
     * unit's selection (saved through the domain API), then completes each task as themselves; the branch's process
     * ends.
     */
    private void mustKnows(String branch, int fullMembers) {
      String secretary = DistrictWriter.secretaryOf(branch);
      String key = BranchNominationProcess.businessKey(ELECTION, branch);
      as(secretary).post(NOMINATIONS + "/branches/" + branch + "/must-knows",
          Payloads.mustKnow(MustKnowKind.BRANCH_NOMINEES, LocalDate.now(BEIJING), fullMembers));
      engine.complete(secretary, key, BranchNominationProcess.TASK_CONFIRM_NOMINEES_MADE_KNOWN);
      as(secretary).post(NOMINATIONS + "/branches/" + branch + "/must-knows",
          Payloads.mustKnow(MustKnowKind.UNIT_SELECTION, LocalDate.now(BEIJING), fullMembers));
      engine.complete(secretary, key, BranchNominationProcess.TASK_CONFIRM_SELECTION_MADE_KNOWN);
      meter.tick();
    }

    /** 一上 in a unit: review, every committee's meeting recorded and confirmed, the unit's meeting, the list filed. */
    private void unitList(String unit, List<String> names) {
      String key = RecommendingUnitProcess.businessKey(ELECTION, unit);
      String staff = DistrictWriter.staffOf(unit);
      String second = DistrictWriter.secondStaffOf(unit);
      engine.complete(staff, key, RecommendingUnitProcess.TASK_REVIEW_BRANCH_NOMINATIONS);
      for (JsonNode committee : as(staff).get(NOMINATIONS + "/units/" + unit + "/committees")) {
        String id = committee.path("id").asText(committee.path("committeeId").asText());
        String cStaff = DistrictWriter.staffOf(id);
        engine.awaitTask(cStaff, key, RecommendingUnitProcess.TASK_RECORD_COMMITTEE_MEETING);
        List<String> ranked = ids(as(cStaff).get(NOMINATIONS + "/committees/" + id + "/ranking"), "memberId");
        as(cStaff).put(NOMINATIONS + "/committees/" + id + "/meeting", Payloads.selectionMeeting(ranked));
        engine.complete(cStaff, key, RecommendingUnitProcess.TASK_RECORD_COMMITTEE_MEETING);
        String cSecond = DistrictWriter.secondStaffOf(id);
        engine.awaitTask(cSecond, key, RecommendingUnitProcess.TASK_CONFIRM_COMMITTEE_MEETING);
        as(cSecond).post(NOMINATIONS + "/committees/" + id + "/meeting/confirm", "{}");
        engine.complete(cSecond, key, RecommendingUnitProcess.TASK_CONFIRM_COMMITTEE_MEETING);
      }
      engine.awaitTask(staff, key, RecommendingUnitProcess.TASK_RECORD_UNIT_MEETING);
      as(staff).put(NOMINATIONS + "/units/" + unit + "/meeting", Payloads.selectionMeeting(names));
      engine.complete(staff, key, RecommendingUnitProcess.TASK_RECORD_UNIT_MEETING);
      engine.awaitTask(second, key, RecommendingUnitProcess.TASK_CONFIRM_UNIT_MEETING);
      as(second).post(NOMINATIONS + "/units/" + unit + "/meeting/confirm", "{}");
      engine.complete(second, key, RecommendingUnitProcess.TASK_CONFIRM_UNIT_MEETING);
      engine.awaitTask(staff, key, RecommendingUnitProcess.TASK_FILE_UNIT_LIST);
      as(staff).post(NOMINATIONS + "/units/" + unit + "/list", Payloads.unitList(names));
      engine.complete(staff, key, RecommendingUnitProcess.TASK_FILE_UNIT_LIST);
      meter.tick();
    }

    /** 二下/二上: the standing committee proposes 24, every unit agrees, the targets are fixed, filed, consented. */
    private List<String> inspectionTargets(List<String> units) {
      engine.awaitTask("qu-cwh", ELECTION, "Task_ProposeInspectionTargets");
      List<String> pool = ids(as("qu-cwh").get(TARGETS + "/pool"), "memberId");
      List<String> targets = choices.forStructure(pool, 24);
      meeting("qu-cwh", TARGETS + "/proposal", Payloads.targetMeeting(pool, targets));
      as("qu-cwh-2").post(TARGETS + "/proposal/confirm", "{}");
      inParallel(units, Math.min(options.threads(), units.size()), unit -> {
        String staff = DistrictWriter.staffOf(unit);
        engine.awaitTask(staff, ELECTION, "Task_GiveTargetOpinion");
        as(staff).put(TARGETS + "/opinions/" + unit, "{\"agrees\":true,\"remark\":\"同意\"}");
        as(staff).post(TARGETS + "/opinions/" + unit + "/submit", "{}");
        meter.tick();
      });
      engine.awaitTask("qu-cwh", ELECTION, "Task_FixInspectionTargets");
      meeting("qu-cwh", TARGETS + "/decision", Payloads.targetMeeting(ids(as("qu-cwh").get(TARGETS + "/pool"),
          "memberId"), targets));
      as("qu-cwh-2").post(TARGETS + "/decision/confirm", "{}");
      engine.awaitTask("qu-zzb", ELECTION, "Task_FileTargets");
      as("qu-zzb").post(TARGETS + "/filing", "{}");
      engine.awaitTask("city-zzb", ELECTION, "Task_ReviewTargetFiling");
      as("city-zzb").post(TARGETS + "/filing/review", "{\"consent\":true}");
      return targets;
    }

    private void meeting(String user, String path, String record) {
      as(user).put(path, record);
      as(user).post(path + "/submit", "{}");
    }

    /** The 24 inspections: opinions, the notice period passed (engine clock), four musts, conclusion, two signatures. */
    private Map<String, String> inspections(List<String> targets, String vetoed) {
      EngineUser.await("every target's inspection is open", () -> {
        JsonNode list = as("qu-zzb").get(INSPECTIONS);
        if (list.size() != targets.size()) return false;
        for (JsonNode i : list) if (i.path("openSteps").isEmpty()) return false;
        return true;
      });
      Map<String, JsonNode> byTarget = new HashMap<>();
      as("qu-zzb").get(INSPECTIONS).forEach(i -> byTarget.put(i.path("memberId").asText(), i));
      Map<String, String> unitOf = new HashMap<>();
      for (String t : targets) {
        unitOf.put(t, jdbc.queryForObject("select o.path from member m join organization o on o.id = m.organization_id "
            + "where m.id = ?", String.class, t).split("/")[3]);
      }
      String agree = "{\"agrees\":true,\"opinion\":\"同意，该同志政治坚定、廉洁自律\"}";
      inParallel(targets, Math.min(options.threads(), targets.size()), t -> {
        String staff = DistrictWriter.staffOf(unitOf.get(t));
        as(staff).put(INSPECTIONS + "/" + t + "/opinions/party-organization", agree);
        as(staff).post(INSPECTIONS + "/" + t + "/opinions/party-organization/submit", "");
        as("qu-jw").put(INSPECTIONS + "/" + t + "/opinions/discipline-commission", agree);
        as("qu-jw").post(INSPECTIONS + "/" + t + "/opinions/discipline-commission/submit", "");
        if (byTarget.get(t).path("needsRegulators").asBoolean()) {
          as("kcz-1").put(INSPECTIONS + "/" + t + "/opinions/regulator",
              "{\"agrees\":true,\"opinion\":\"未发现违规问题\",\"onBehalfOf\":\"区金融工作局\"}");
          as("kcz-1").post(INSPECTIONS + "/" + t + "/opinions/regulator/submit", "");
        }
      });
      LocalDate last = null;
      for (JsonNode i : byTarget.values()) {
        LocalDate day = LocalDate.parse(i.path("noticeLastDay").asText());
        if (last == null || day.isAfter(last)) last = day;
      }
      ClockUtil.setCurrentTime(Date.from(last.plusDays(1).atStartOfDay(BEIJING).toInstant().plusSeconds(60)));
      EngineUser.await("every inspection notice period is over (its timer fired)", () -> {
        for (JsonNode i : as("qu-zzb").get(INSPECTIONS)) if (!i.path("noticeOver").asBoolean()) return false;
        return true;
      });
      inParallel(targets, Math.min(options.threads(), targets.size()), t -> {
        as("kcz-1").put(INSPECTIONS + "/" + t + "/musts", Payloads.musts(byTarget.get(t).path("leadingCadre")
            .asBoolean()));
        as("kcz-1").post(INSPECTIONS + "/" + t + "/musts/submit", "");
        awaitStep(t, "Task_ConcludeInspection");
        as("kcz-1").put(INSPECTIONS + "/" + t + "/conclusion", Payloads.conclusion(t.equals(vetoed)));
        as("kcz-1").post(INSPECTIONS + "/" + t + "/conclusion/submit", "");
        awaitStep(t, "Task_SecretarySignsIntegrity");
        as("qu-cwh").post(INSPECTIONS + "/" + t + "/signatures/committee-secretary", "");
        awaitStep(t, "Task_DisciplineSecretarySignsIntegrity");
        as("qu-jw").post(INSPECTIONS + "/" + t + "/signatures/discipline-secretary", "");
        meter.tick();
      });
      Map<String, String> statuses = new LinkedHashMap<>();
      EngineUser.await("every inspection has ended", () -> {
        statuses.clear();
        as("qu-zzb").get(INSPECTIONS).forEach(i -> statuses.put(i.path("memberId").asText(), i.path("status").asText()));
        return statuses.values().stream().noneMatch("IN_PROGRESS"::equals);
      });
      return statuses;
    }

    private void awaitStep(String target, String step) {
      EngineUser.await(target + " waits at " + step, () -> as("qu-zzb").get(INSPECTIONS + "/" + target)
          .path("openSteps").toString().contains(step));
    }

    /**
     * 21 of the 23 standing targets proposed and consented, published; one objection from the public (unsubstantiated),
     * one from the hotline (substantiated: removed); every unit's feedback; the period passed; 20 filed.
     */
    private List<String> initialCandidates(List<String> targets, String vetoed, List<String> units) {
      engine.awaitTask("qu-cwh", ELECTION, "Task_ProposeInitialCandidates");
      List<String> pool = ids(as("qu-cwh").get(INITIAL + "/pool"), "memberId");
      List<String> chosen = choices.forStructure(pool, 21);
      meeting("qu-cwh", INITIAL + "/proposal", Payloads.candidateMeeting(pool, chosen));
      as("qu-cwh-2").post(INITIAL + "/proposal/confirm", "{}");
      engine.awaitTask("qu-jw", ELECTION, "Task_ConsultDisciplineCommission");
      as("qu-jw").post(INITIAL + "/discipline-opinion", "{\"agrees\":true,\"remark\":\"无不同意见\"}");
      engine.awaitTask("city-zzb", ELECTION, "Task_ConsentInitialCandidates");
      as("city-zzb").post(INITIAL + "/upper-consent", "{\"agrees\":true}");

      EngineUser.await("the initial candidates are published", () ->
          as("qu-zzb").get("/api/publicities?electionId=" + ELECTION).size() > 0);
      JsonNode publicities = as("qu-zzb").get("/api/publicities?electionId=" + ELECTION);
      String publicity = publicities.get(publicities.size() - 1).path("id").asText();
      String objected = chosen.get(chosen.size() - 1);
      Http.anonymous(port).post("/api/public/publicities/" + publicity + "/objections",
          "{\"memberId\":\"%s\",\"content\":\"反映该同志2025年春节期间在单位食堂宴请下属，涉嫌违反中央八项规定精神，具体时间为2月3日中午。\"}"
              .formatted(chosen.get(0)));
      as("qu-zzb").post("/api/publicities/" + publicity + "/objections",
          "{\"memberId\":\"%s\",\"channel\":\"HOTLINE\",\"content\":\"举报电话反映：该同志在推荐期间向本单位党员打电话请求投票支持，涉嫌拉票，有通话记录可查。\"}"
              .formatted(objected));
      for (JsonNode o : as("qu-jw").get("/api/publicities/" + publicity + "/objections")) {
        boolean substantiated = o.path("memberId").asText().equals(objected);
        as("qu-jw").post("/api/publicities/" + publicity + "/objections/" + o.path("id").asText() + "/conclusion",
            substantiated ? "{\"conclusion\":\"SUBSTANTIATED\",\"findings\":\"经调取通话记录并谈话核实，拉票问题属实\"}"
                : "{\"conclusion\":\"UNSUBSTANTIATED\",\"findings\":\"经查食堂就餐为工作餐，费用自理，反映不属实\"}");
      }
      inParallel(units, Math.min(options.threads(), units.size()), unit -> {
        String staff = DistrictWriter.staffOf(unit);
        engine.awaitTask(staff, ELECTION, "Task_DeliberateInitialCandidates");
        as(staff).post(INITIAL + "/feedback/" + unit, "{\"agrees\":true,\"remark\":\"同意\"}");
        meter.tick();
      });
      Instant ends = Instant.parse(as("qu-zzb").get("/api/publicities/" + publicity).path("endsAt").asText());
      ClockUtil.setCurrentTime(Date.from(ends.plus(Duration.ofMinutes(1))));
      List<String> shortened = new ArrayList<>(chosen);
      shortened.remove(objected);
      engine.awaitTask("qu-cwh", ELECTION, "Task_AdjustInitialCandidates");
      meeting("qu-cwh", INITIAL + "/adjustment", Payloads.candidateMeeting(ids(as("qu-cwh").get(INITIAL + "/pool"),
          "memberId"), shortened));
      as("qu-cwh-2").post(INITIAL + "/adjustment/confirm", "{}");
      engine.awaitTask("qu-zzb", ELECTION, "Task_FileInitialCandidates");
      as("qu-zzb").post(INITIAL + "/filing", "{\"summary\":\"23个推荐单位均同意；公示期间1名人选经核查取消资格，减少为20名\"}");
      List<String> filed = ids(as("qu-zzb").get(INITIAL).path("filing").path("memberIds"), null);
      if (!filed.containsAll(shortened) || filed.size() != shortened.size()) {
        throw new SimulationFailure("initial candidates filed " + filed + ", expected " + shortened);
      }
      return filed;
    }

    /** Briefing, the plenary's circle vote (recorded and confirmed), filing, the city's review and approval. */
    private List<String> preliminaryCandidates() {
      engine.awaitTask("qu-zzb", ELECTION, "Task_BriefNonPartyFigures");
      List<String> initial = new ArrayList<>();
      as("qu-zzb").get(PRELIMINARY + "/initial")
          .forEach(n -> initial.add(n.isObject() ? n.path("memberId").asText() : n.asText()));
      as("qu-zzb").put(PRELIMINARY + "/briefing", "{\"heldOn\":\"" + LocalDate.now().minusDays(1)
          + "\",\"attendees\":[{\"group\":\"DEMOCRATIC_PARTIES\",\"count\":6},{\"group\":"
          + "\"FEDERATION_OF_INDUSTRY_AND_COMMERCE\",\"count\":2},{\"group\":\"NON_PARTY_FIGURES\",\"count\":3}],"
          + "\"opinions\":\"对代表候选人初步人选无不同意见\"}");
      as("qu-zzb").post(PRELIMINARY + "/briefing/submit", "");
      engine.awaitTask("qu-qwh", ELECTION, "Task_RecordPlenaryVote");
      as("qu-qwh").put(PRELIMINARY + "/vote", Payloads.plenaryVote(initial));
      as("qu-qwh").post(PRELIMINARY + "/vote/submit", "");
      as("qu-qwh-2").post(PRELIMINARY + "/vote/confirm", "");
      engine.awaitTask("qu-zzb", ELECTION, "Task_FileForPreliminaryReview");
      as("qu-zzb").post(PRELIMINARY + "/filing", "");
      engine.awaitTask("city-zzb", ELECTION, "Task_PreliminaryReview");
      as("city-zzb").post(PRELIMINARY + "/filing/review", "{\"passed\":true}");
      engine.awaitTask("city-zzb", ELECTION, "Task_ApprovePreliminaryCandidates");
      JsonNode approved = as("city-zzb").post(PRELIMINARY + "/filing/approval", "{\"passed\":true}");
      if (!approved.toString().contains("APPROVED")) throw new SimulationFailure("not approved: " + approved);
      meter.tick();
      return initial;
    }

    /**
     * The delegate conference: the city nominates two more names (20 + 2 for 18 seats); the rules, the counters jp-1
     * and jp-2, the scrutineer jianpiao-1 (a voter who is not a candidate) and the introduction; 308 delegates
     * expected, 296 present, 296 ballots issued and returned; both counters enter every ballot (the second misreads
     * one, the scrutineer resolves it and confirms); 16 of the unit's own candidates meeting the structure and the two
     * nominees elected; the results filed; the credentials committee confirms every delegate. Returns the delegates.
     */
    private List<String> conference(List<String> preliminary) {
      engine.awaitTask("city-zzb", ELECTION, "Task_NominateUpperCandidates");
      List<String> upper = jdbc.queryForList("""
          select m.id from member m join election_identity i on i.member_id = m.id and i.election_id = ?
           where m.membership = 'FULL' and i.category_code = 'PROFESSIONAL_TECHNICAL'
             and not exists (select 1 from candidate_removal r where r.election_id = ? and r.member_id = m.id)
           order by m.id fetch first 30 rows only""", String.class, ELECTION, ELECTION).stream()
          .filter(id -> !preliminary.contains(id)).limit(2).toList();
      JsonNode list = as("city-zzb").post(CONGRESS + "/upper-nominees", "{\"memberIds\":[\"" + String.join("\",\"", upper)
          + "\"]}");
      List<String> ballot = ids(list, "memberId");
      String voter = jdbc.queryForList("select id from member where membership = 'FULL' order by id fetch first 50 rows "
          + "only", String.class).stream().filter(id -> !ballot.contains(id)).findFirst().orElseThrow();
      engine.awaitTask("qu-zzb", ELECTION, "Task_PrepareConference");
      as("qu-zzb").put(CONGRESS + "/rules", "{\"writeInsAllowed\":true,\"seatReductionAllowed\":false}");
      as("qu-zzb").put(CONGRESS + "/staff", "{\"counters\":[\"jp-1\",\"jp-2\"],\"scrutineers\":[{\"userId\":"
          + "\"jianpiao-1\",\"memberId\":\"" + voter + "\"}]}");
      as("qu-zzb").put(CONGRESS + "/introduction", "{\"explainedBy\":\"区委组织部部长\",\"introduction\":"
          + "\"印发正式候选人简历，逐一介绍候选人\"}");
      as("qu-zzb").post(CONGRESS + "/preparation/submit", "");
      engine.awaitTask("qu-zzb", ELECTION, "Task_IssueBallots");
      long round = as("qu-zzb").post(CONGRESS + "/rounds", "{\"expected\":308,\"present\":" + CONFERENCE_PRESENT
          + ",\"issued\":" + CONFERENCE_PRESENT + "}").path("round").path("id").asLong();
      engine.awaitTask("qu-zzb", ELECTION, "Task_RecordBallotsReturned");
      as("qu-zzb").post(CONGRESS + "/rounds/" + round + "/returned", "{\"returned\":" + CONFERENCE_PRESENT + "}");

      Map<String, String> categories = identities.categoriesOf(ELECTION, preliminary);
      List<String> chosen = new ArrayList<>(DelegateChoice.meetingStructure(elections.get(ELECTION), preliminary.stream()
          .map(id -> new CategorizedMember(members.find(id).orElseThrow(), categories.get(id))).toList(), 16));
      chosen.addAll(upper);
      List<String> order = ids(as("jp-1").get(CONGRESS + "/rounds/" + round).path("ballot"), "memberId");
      engine.awaitTask("jp-1", ELECTION, "Task_EnterFirstCount");
      as("jp-1").post(CONGRESS + "/rounds/" + round + "/entries", SyntheticBallots.entry(order, chosen,
          CONFERENCE_PRESENT, -1));
      as("jp-1").post(CONGRESS + "/rounds/" + round + "/entries/submit", "");
      as("jp-2").post(CONGRESS + "/rounds/" + round + "/entries", SyntheticBallots.entry(order, chosen,
          CONFERENCE_PRESENT, 7));
      as("jp-2").post(CONGRESS + "/rounds/" + round + "/entries/submit", "");
      meter.tick(CONFERENCE_PRESENT);
      engine.awaitTask("jianpiao-1", ELECTION, "Task_ConfirmCount");
      long entry = -1;
      for (JsonNode e : as("jianpiao-1").get(CONGRESS + "/rounds/" + round + "/entries")) {
        if (e.path("counter").asText().equals("jp-1")) entry = e.path("id").asLong();
      }
      as("jianpiao-1").post(CONGRESS + "/rounds/" + round + "/resolution", "{\"entryId\":" + entry
          + ",\"reason\":\"核对第7张纸质选票，以第一次录入为准\"}");
      JsonNode count = as("jianpiao-1").post(CONGRESS + "/rounds/" + round + "/confirm", "").path("count");
      if (count.path("outcome").path("elected").size() != chosen.size()) {
        throw new SimulationFailure("the conference elected " + count.path("outcome").path("elected") + ", expected "
            + chosen);
      }
      engine.awaitTask("qu-zzb", ELECTION, "Task_FileResults");
      as("qu-zzb").post(CONGRESS + "/filing", "");
      engine.awaitTask("city-zzb", ELECTION, "Task_ReviewCredentials");
      StringBuilder decisions = new StringBuilder();
      for (JsonNode c : as("city-zzb").get(CONGRESS + "/credentials")) {
        decisions.append(decisions.isEmpty() ? "" : ",").append("{\"memberId\":\"")
            .append(c.path("delegate").path("memberId").asText()).append("\",\"decision\":\"CONFIRMED\"}");
      }
      as("city-zzb").put(CONGRESS + "/credentials", "[" + decisions + "]");
      as("city-zzb").post(CONGRESS + "/credentials/submit", "");
      return ids(as("qu-zzb").get(CONGRESS + "/results").path("elected"), "memberId");
    }

    private long notices(String kind) {
      return jdbc.queryForObject("select count(*) from notice where election_id = ? and kind = ?", Long.class, ELECTION,
          kind);
    }

    private long countFiledUnitLists() {
      return SystemCalls.asSystem(identityService, () -> historyService.createHistoricTaskInstanceQuery().finished()
          .taskDefinitionKey(RecommendingUnitProcess.TASK_FILE_UNIT_LIST).count());
    }

    private Map<String, String> unitOfBranch(List<String> units) {
      Map<String, String> result = new HashMap<>();
      for (String unit : units) {
        jdbc.queryForList("select b.id from organization b join organization u on u.id = ? "
            + "and b.path like concat(u.path, '%') where b.type = 'BRANCH'", String.class, unit)
            .forEach(b -> result.put(b, unit));
      }
      return result;
    }

    private Map<String, Integer> fullMembers() {
      Map<String, Integer> result = new HashMap<>();
      jdbc.query("select organization_id, count(*) from member where membership = 'FULL' group by organization_id",
          rs -> {
            result.put(rs.getString(1), rs.getInt(2));
          });
      return result;
    }
  }

  /** What the stages after round one leave: empty when the run stops after round one. */
  private record Later(List<String> targets, Map<String, String> inspected, List<String> initial,
                       List<String> preliminary, List<String> delegates) {
    static final Later NOT_RUN = new Later(List.of(), Map.of(), List.of(), List.of(), List.of());
  }

  /** Runs the work on a pool of threads; the first failure ends the stage (and the simulation) with its message. */
  static void inParallel(List<String> items, int threads, Consumer<String> work) {
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int t = 0; t < Math.max(1, threads); t++) {
        running.add(pool.submit(() -> {
          int i;
          while (failures.isEmpty() && (i = next.getAndIncrement()) < items.size()) {
            try {
              work.accept(items.get(i));
            } catch (RuntimeException e) {
              failures.add(items.get(i) + ": " + e.getMessage());
            }
          }
        }));
      }
      for (Future<?> f : running) f.get();
    } catch (Exception e) {
      throw new SimulationFailure("a worker failed: " + e.getMessage(), e);
    } finally {
      pool.shutdownNow();
    }
    if (!failures.isEmpty()) throw new SimulationFailure(failures.peek());
  }

  static List<String> ids(JsonNode array, String field) {
    List<String> ids = new ArrayList<>();
    array.forEach(n -> ids.add(field == null ? n.asText() : n.path(field).asText()));
    return ids;
  }
}
