package cn.congress.nomination.election;

import cn.congress.nomination.election.SelectorConditions.Condition;
import cn.congress.nomination.platform.NotFoundException;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The election tables. Later stages read an election as one immutable {@link Election} through {@link #get}; writes
 * are the configuration service's (validated before, in its transaction).
 */
@Repository
public class Elections {

  private static final String COLUMNS = "id, electoral_unit_id, name, congress_name, election_date, seats, "
      + "nomination_mode, publicity_working_days, status, quorum_numerator, quorum_denominator, quorum_strict, "
      + "threshold_numerator, threshold_denominator, threshold_strict, threshold_basis, targets_need_upper_consent";

  private final JdbcClient jdbc;

  Elections(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** An election, or 404 for the API. */
  public Election get(String id) {
    return find(id).orElseThrow(() -> new NotFoundException("选举 " + id + " 不存在"));
  }

  public Optional<Election> find(String id) {
    return jdbc.sql("select " + COLUMNS + " from election where id = ?").param(id).query(this::header).optional()
        .map(this::complete);
  }

  public boolean exists(String id) {
    return jdbc.sql("select count(*) from election where id = ?").param(id).query(Integer.class).single() > 0;
  }

  /** The elections of one electoral unit, latest election date first. */
  public List<ElectionSummary> ofElectoralUnit(String electoralUnitId) {
    return jdbc.sql("select " + COLUMNS + " from election where electoral_unit_id = ? order by election_date desc, id")
        .param(electoralUnitId).query(this::header).list().stream().map(ElectionSummary::of).toList();
  }

  /** Every election (few: one per electoral unit and congress); the listing filters them by what the viewer may read. */
  List<ElectionSummary> all() {
    return jdbc.sql("select " + COLUMNS + " from election order by election_date desc, id").query(this::header).list()
        .stream().map(ElectionSummary::of).toList();
  }

  Optional<ElectionStatus> status(String id) {
    return jdbc.sql("select status from election where id = ?").param(id).query(String.class).optional()
        .map(ElectionStatus::valueOf);
  }

  /** Rewrites the schedule of an election (a running campaign's timers follow it: see campaign.TimerRescheduler). */
  void replaceSchedule(String id, List<Deadline> schedule, String actor) {
    jdbc.sql("delete from election_deadline where election_id = ?").param(id).update();
    for (Deadline d : schedule) {
      jdbc.sql("insert into election_deadline (election_id, step, due_on) values (?, ?, ?)")
          .params(id, d.step().name(), Date.valueOf(d.dueOn())).update();
    }
    jdbc.sql("update election set updated_at = ?, updated_by = ? where id = ?")
        .params(Timestamp.from(Instant.now()), actor, id).update();
  }

  void insert(Election e, String actor) {
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.sql("insert into election (" + COLUMNS + ", created_at, created_by, updated_at, updated_by) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(e.id(), e.electoralUnitId(), e.name(), e.congressName(), Date.valueOf(e.electionDate()), e.seats(),
            e.nominationMode().name(), e.publicityWorkingDays(), e.status().name(), e.quorum().numerator(),
            e.quorum().denominator(), e.quorum().strictBound(), e.threshold().numerator(), e.threshold().denominator(),
            e.threshold().strictBound(), e.threshold().basis().name(), e.targetsNeedUpperConsent(), now, actor, now, actor)
        .update();
    insertCategories(e.id(), e.identityCategories(), Set.of());
    insertDetail(e);
  }

  /** Replaces a draft's configuration; categories are merged (assignments refer to them), the rest rewritten. */
  boolean replace(Election e, String actor) {
    int updated = jdbc.sql("update election set name = ?, congress_name = ?, election_date = ?, seats = ?, "
            + "nomination_mode = ?, publicity_working_days = ?, quorum_numerator = ?, quorum_denominator = ?, "
            + "quorum_strict = ?, threshold_numerator = ?, threshold_denominator = ?, threshold_strict = ?, "
            + "threshold_basis = ?, targets_need_upper_consent = ?, updated_at = ?, updated_by = ? where id = ? and status = ?")
        .params(e.name(), e.congressName(), Date.valueOf(e.electionDate()), e.seats(), e.nominationMode().name(),
            e.publicityWorkingDays(), e.quorum().numerator(), e.quorum().denominator(), e.quorum().strictBound(),
            e.threshold().numerator(), e.threshold().denominator(), e.threshold().strictBound(),
            e.threshold().basis().name(), e.targetsNeedUpperConsent(), Timestamp.from(Instant.now()), actor, e.id(),
            ElectionStatus.DRAFT.name())
        .update();
    if (updated == 0) return false;
    String id = e.id();
    jdbc.sql("delete from election_rule_condition where election_id = ?").param(id).update();
    // Children first would need an order; unlinking the tree lets one statement delete it on every database.
    jdbc.sql("update election_structure_rule set parent_code = null where election_id = ?").param(id).update();
    jdbc.sql("delete from election_structure_rule where election_id = ?").param(id).update();
    jdbc.sql("delete from election_margin where election_id = ?").param(id).update();
    jdbc.sql("delete from election_unit_seats where election_id = ?").param(id).update();
    jdbc.sql("delete from election_deadline where election_id = ?").param(id).update();
    mergeCategories(id, e.identityCategories());
    insertDetail(e);
    return true;
  }

  boolean changeStatus(String id, ElectionStatus from, ElectionStatus to, String actor) {
    return jdbc.sql("update election set status = ?, updated_at = ?, updated_by = ? where id = ? and status = ?")
        .params(to.name(), Timestamp.from(Instant.now()), actor, id, from.name()).update() == 1;
  }

  private void mergeCategories(String id, List<IdentityCategory> categories) {
    Set<String> existing = Set.copyOf(jdbc.sql("select code from election_identity_category where election_id = ?")
        .param(id).query(String.class).list());
    Set<String> kept = new java.util.HashSet<>();
    for (int i = 0; i < categories.size(); i++) {
      IdentityCategory c = categories.get(i);
      if (!existing.contains(c.code())) continue;
      kept.add(c.code());
      jdbc.sql("update election_identity_category set name = ?, kind = ?, evidence_required = ?, sort_order = ? "
              + "where election_id = ? and code = ?")
          .params(c.name(), c.kind().name(), c.needsEvidence(), i, id, c.code()).update();
    }
    for (String code : existing) {
      if (!kept.contains(code)) {
        jdbc.sql("delete from election_identity_category where election_id = ? and code = ?").params(id, code).update();
      }
    }
    insertCategories(id, categories, kept);
  }

  private void insertCategories(String id, List<IdentityCategory> categories, Set<String> skip) {
    for (int i = 0; i < categories.size(); i++) {
      IdentityCategory c = categories.get(i);
      if (skip.contains(c.code())) continue;
      jdbc.sql("insert into election_identity_category (election_id, code, name, kind, evidence_required, sort_order) "
              + "values (?, ?, ?, ?, ?, ?)")
          .params(id, c.code(), c.name(), c.kind().name(), c.needsEvidence(), i).update();
    }
  }

  private void insertDetail(Election e) {
    for (Margin m : e.margins()) {
      jdbc.sql("insert into election_margin (election_id, stage, kind, margin_ratio, strict_bound, name_count) "
              + "values (?, ?, ?, ?, ?, ?)")
          .params(e.id(), m.stage().name(), m.kind().name(), m.ratio(), m.strict(), m.count()).update();
    }
    insertRules(e.id(), null, e.structureRules());
    for (UnitSeats u : e.unitSeats()) {
      jdbc.sql("insert into election_unit_seats (election_id, organization_id, seats) values (?, ?, ?)")
          .params(e.id(), u.organizationId(), u.seats()).update();
    }
    for (Deadline d : e.schedule()) {
      jdbc.sql("insert into election_deadline (election_id, step, due_on) values (?, ?, ?)")
          .params(e.id(), d.step().name(), Date.valueOf(d.dueOn())).update();
    }
  }

  private void insertRules(String id, String parentCode, List<StructureRule> rules) {
    for (int i = 0; i < rules.size(); i++) {
      StructureRule r = rules.get(i);
      jdbc.sql("insert into election_structure_rule (election_id, code, parent_code, sort_order, label, scope, kind, "
              + "min_count, max_count, share_value, strict_bound, share_basis) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(id, r.code(), parentCode, i, r.label(), r.scope().name(), r.kind().name(), r.min(), r.max(),
              r.share(), r.strict(), r.basis() == null ? null : r.basis().name())
          .update();
      for (Condition c : SelectorConditions.of(r.selectorOrEveryone())) {
        jdbc.sql("insert into election_rule_condition (election_id, rule_code, attribute, attribute_value) values (?, ?, ?, ?)")
            .params(id, r.code(), c.attribute(), c.value()).update();
      }
      insertRules(id, r.code(), r.children());
    }
  }

  private Election header(ResultSet rs, int row) throws SQLException {
    return new Election(rs.getString("id"), rs.getString("electoral_unit_id"), rs.getString("name"),
        rs.getString("congress_name"), rs.getDate("election_date").toLocalDate(), rs.getInt("seats"),
        NominationMode.valueOf(rs.getString("nomination_mode")), rs.getInt("publicity_working_days"),
        ElectionStatus.valueOf(rs.getString("status")), List.of(), List.of(), List.of(), List.of(), List.of(),
        new Quorum(rs.getInt("quorum_numerator"), rs.getInt("quorum_denominator"), rs.getBoolean("quorum_strict")),
        new Threshold(rs.getInt("threshold_numerator"), rs.getInt("threshold_denominator"),
            rs.getBoolean("threshold_strict"), VoterBasis.valueOf(rs.getString("threshold_basis"))),
        rs.getBoolean("targets_need_upper_consent"));
  }

  private Election complete(Election h) {
    String id = h.id();
    List<Margin> margins = jdbc.sql("select stage, kind, margin_ratio, strict_bound, name_count from election_margin "
            + "where election_id = ?").param(id)
        .query((rs, n) -> new Margin(Stage.valueOf(rs.getString("stage")), MarginKind.valueOf(rs.getString("kind")),
            decimal(rs.getBigDecimal("margin_ratio")), (Boolean) rs.getObject("strict_bound", Boolean.class),
            (Integer) rs.getObject("name_count", Integer.class)))
        .list().stream().sorted((a, b) -> a.stage().compareTo(b.stage())).toList();
    List<IdentityCategory> categories = jdbc.sql("select code, name, kind, evidence_required from "
            + "election_identity_category where election_id = ? order by sort_order").param(id)
        .query((rs, n) -> new IdentityCategory(rs.getString("code"), rs.getString("name"),
            IdentityKind.valueOf(rs.getString("kind")), rs.getBoolean("evidence_required")))
        .list();
    List<UnitSeats> units = jdbc.sql("select s.organization_id, s.seats from election_unit_seats s "
            + "join organization o on o.id = s.organization_id where s.election_id = ? order by o.path").param(id)
        .query((rs, n) -> new UnitSeats(rs.getString("organization_id"), rs.getInt("seats"))).list();
    List<Deadline> schedule = jdbc.sql("select step, due_on from election_deadline where election_id = ?").param(id)
        .query((rs, n) -> new Deadline(ScheduleStep.valueOf(rs.getString("step")), rs.getDate("due_on").toLocalDate()))
        .list().stream().sorted((a, b) -> a.step().compareTo(b.step())).toList();
    return new Election(id, h.electoralUnitId(), h.name(), h.congressName(), h.electionDate(), h.seats(),
        h.nominationMode(), h.publicityWorkingDays(), h.status(), margins, categories, rules(id), units, schedule,
        h.quorum(), h.threshold(), h.targetsNeedUpperConsent());
  }

  private record RuleRow(String code, String parentCode, StructureRule rule) {}

  private List<StructureRule> rules(String id) {
    Map<String, List<Condition>> conditions = new HashMap<>();
    jdbc.sql("select rule_code, attribute, attribute_value from election_rule_condition where election_id = ? "
            + "order by rule_code, attribute, attribute_value").param(id)
        .query((rs, n) -> Map.entry(rs.getString("rule_code"),
            new Condition(rs.getString("attribute"), rs.getString("attribute_value"))))
        .list().forEach(e -> conditions.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    List<RuleRow> rows = jdbc.sql("select code, parent_code, label, scope, kind, min_count, max_count, share_value, "
            + "strict_bound, share_basis from election_structure_rule where election_id = ? order by sort_order, code")
        .param(id)
        .query((rs, n) -> new RuleRow(rs.getString("code"), rs.getString("parent_code"), new StructureRule(
            rs.getString("code"), rs.getString("label"), RuleScope.valueOf(rs.getString("scope")),
            RuleKind.valueOf(rs.getString("kind")),
            SelectorConditions.toSelector(conditions.getOrDefault(rs.getString("code"), List.of())),
            (Integer) rs.getObject("min_count", Integer.class), (Integer) rs.getObject("max_count", Integer.class),
            decimal(rs.getBigDecimal("share_value")), (Boolean) rs.getObject("strict_bound", Boolean.class),
            rs.getString("share_basis") == null ? null : ShareBasis.valueOf(rs.getString("share_basis")), List.of())))
        .list();
    return tree(null, rows);
  }

  private static List<StructureRule> tree(String parentCode, List<RuleRow> rows) {
    List<StructureRule> level = new ArrayList<>();
    for (RuleRow row : rows) {
      if (!java.util.Objects.equals(row.parentCode(), parentCode)) continue;
      StructureRule r = row.rule();
      level.add(new StructureRule(r.code(), r.label(), r.scope(), r.kind(), r.selector(), r.min(), r.max(), r.share(),
          r.strict(), r.basis(), tree(r.code(), rows)));
    }
    return level;
  }

  /** Numeric columns come back with the column's scale (0.500000): the configured value reads 0.5. */
  private static BigDecimal decimal(BigDecimal value) {
    if (value == null) return null;
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
