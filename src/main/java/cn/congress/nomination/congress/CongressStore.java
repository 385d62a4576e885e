package cn.congress.nomination.congress;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The conference tables (V15). Package-private: the count is read only through {@link Counts#view}, which seals it
 * until confirmed.
 */
@Repository
class CongressStore {

  static final String COUNTER = "COUNTER";
  static final String SCRUTINEER = "SCRUTINEER";

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  CongressStore(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  private static Timestamp now() {
    return Timestamp.from(Instant.now());
  }

  // --- rules and staff ---

  Optional<CongressRules> rules(String electionId) {
    return jdbc.sql("select * from congress_rules where election_id = ?").param(electionId)
        .query((rs, n) -> new CongressRules(rs.getBoolean("write_ins_allowed"), rs.getBoolean("seat_reduction_allowed"),
            (Integer) rs.getObject("max_seat_reduction", Integer.class), ratio(rs.getBigDecimal("supplementary_margin_ratio")),
            (Boolean) rs.getObject("supplementary_margin_strict", Boolean.class),
            Arrays.stream(rs.getString("upper_nominee_rules").split(",")).filter(s -> !s.isBlank()).toList()))
        .optional();
  }

  void insertRules(String electionId, CongressRules r, String user) {
    jdbc.sql("insert into congress_rules (election_id, write_ins_allowed, seat_reduction_allowed, max_seat_reduction, "
            + "supplementary_margin_ratio, supplementary_margin_strict, upper_nominee_rules, adopted_by, adopted_at) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(electionId, r.allowsWriteIns(), Boolean.TRUE.equals(r.seatReductionAllowed()), r.maxSeatReduction(),
            r.supplementaryMarginRatio(), r.supplementaryMarginRatio() == null ? null
                : Boolean.TRUE.equals(r.supplementaryMarginStrict()), String.join(",", r.upperNomineeRules()), user, now())
        .update();
  }

  Set<String> staff(String electionId, String duty) {
    return new LinkedHashSet<>(jdbc.sql("select user_id from congress_staff where election_id = ? and duty = ? order by user_id")
        .params(electionId, duty).query(String.class).list());
  }

  void insertStaff(String electionId, List<String> users, String duty, String appointedBy) {
    for (String u : users) {
      jdbc.sql("insert into congress_staff (election_id, user_id, duty, appointed_by, appointed_at) values (?, ?, ?, ?, ?)")
          .params(electionId, u, duty, appointedBy, now()).update();
    }
  }

  void insertScrutineers(String electionId, List<Scrutineer> scrutineers, String appointedBy) {
    for (Scrutineer s : scrutineers) {
      jdbc.sql("insert into congress_staff (election_id, user_id, duty, member_id, appointed_by, appointed_at) "
              + "values (?, ?, ?, ?, ?, ?)")
          .params(electionId, s.userId(), SCRUTINEER, s.memberId(), appointedBy, now()).update();
    }
  }

  List<Scrutineer> scrutineers(String electionId) {
    return jdbc.sql("select user_id, member_id from congress_staff where election_id = ? and duty = ? order by user_id")
        .params(electionId, SCRUTINEER).query((rs, n) -> new Scrutineer(rs.getString("user_id"), rs.getString("member_id")))
        .list();
  }

  // --- the list explained, the candidates introduced ---

  Optional<Introduction> introduction(String electionId) {
    return jdbc.sql("select * from congress_introduction where election_id = ?").param(electionId)
        .query((rs, n) -> new Introduction(rs.getString("explained_by"), rs.getString("introduction"),
            rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant())).optional();
  }

  void insertIntroduction(String electionId, String explainedBy, String introduction, String user) {
    jdbc.sql("insert into congress_introduction (election_id, explained_by, introduction, recorded_by, recorded_at) "
        + "values (?, ?, ?, ?, ?)").params(electionId, explainedBy, introduction, user, now()).update();
  }

  // --- filings and credentials ---

  List<ResultsFiling> filings(String electionId) {
    return jdbc.sql("select * from congress_filing where election_id = ? order by filing_no").param(electionId)
        .query((rs, n) -> new ResultsFiling(rs.getInt("filing_no"), rs.getInt("delegates"), rs.getString("names"),
            rs.getString("filed_by"), rs.getTimestamp("filed_at").toInstant())).list();
  }

  void insertFiling(String electionId, int delegates, String names, String user) {
    int number = jdbc.sql("select coalesce(max(filing_no), 0) + 1 from congress_filing where election_id = ?")
        .param(electionId).query(Integer.class).single();
    jdbc.sql("insert into congress_filing (election_id, filing_no, delegates, names, filed_by, filed_at) values (?, ?, ?, ?, ?, ?)")
        .params(electionId, number, delegates, names, user, now()).update();
  }

  List<CredentialDecision> credentials(String electionId) {
    return jdbc.sql("select * from congress_credential where election_id = ? order by decided_at, member_id").param(electionId)
        .query((rs, n) -> new CredentialDecision(rs.getString("member_id"), rs.getInt("round_no"),
            CredentialDecision.Decision.valueOf(rs.getString("decision")),
            rs.getString("invalid_kind") == null ? null : CredentialDecision.InvalidKind.valueOf(rs.getString("invalid_kind")),
            rs.getString("reason"), rs.getString("decided_by"), rs.getTimestamp("decided_at").toInstant())).list();
  }

  void insertCredential(String electionId, CredentialDecision d) {
    jdbc.sql("insert into congress_credential (election_id, member_id, round_no, decision, invalid_kind, reason, decided_by, "
            + "decided_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(electionId, d.memberId(), d.round(), d.decision().name(), d.invalidKind() == null ? null
            : d.invalidKind().name(), d.reason(), d.decidedBy(), Timestamp.from(d.decidedAt())).update();
  }

  // --- the formal candidate list ---

  List<FormalCandidate> candidates(String electionId) {
    return jdbc.sql("select member_id, name, seat_source from congress_candidate where election_id = ? order by ballot_order")
        .param(electionId).query(CongressStore::candidate).list();
  }

  void insertCandidates(String electionId, List<FormalCandidate> inBallotOrder, String user) {
    Timestamp at = now();
    for (int i = 0; i < inBallotOrder.size(); i++) {
      FormalCandidate c = inBallotOrder.get(i);
      jdbc.sql("insert into congress_candidate (election_id, member_id, name, seat_source, ballot_order, fixed_by, fixed_at) "
              + "values (?, ?, ?, ?, ?, ?, ?)")
          .params(electionId, c.memberId(), c.name(), c.seatSource().name(), i + 1, user, at).update();
    }
  }

  private static FormalCandidate candidate(ResultSet rs, int n) throws SQLException {
    return new FormalCandidate(rs.getString("member_id"), rs.getString("name"), SeatSource.valueOf(rs.getString("seat_source")));
  }

  // --- rounds ---

  long insertRound(String electionId, RoundKind kind, Long previous, int seats, RollCall rollCall, int issued,
                   boolean writeInsAllowed, List<FormalCandidate> ballot, String user) {
    int number = jdbc.sql("select coalesce(max(round_no), 0) + 1 from congress_round where election_id = ?")
        .param(electionId).query(Integer.class).single();
    jdbc.sql("insert into congress_round (election_id, round_no, kind, previous_round_id, seats, expected, present, "
            + "issued, write_ins_allowed, status, opened_by, opened_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(electionId, number, kind.name(), previous, seats, rollCall.expected(), rollCall.present(), issued,
            writeInsAllowed, RoundStatus.OPEN.name(), user, now())
        .update();
    long id = jdbc.sql("select id from congress_round where election_id = ? and round_no = ?").params(electionId, number)
        .query(Long.class).single();
    for (int i = 0; i < ballot.size(); i++) {
      FormalCandidate c = ballot.get(i);
      jdbc.sql("insert into congress_round_candidate (round_id, member_id, name, seat_source, ballot_order) values (?, ?, ?, ?, ?)")
          .params(id, c.memberId(), c.name(), c.seatSource().name(), i + 1).update();
    }
    return id;
  }

  Optional<Round> round(long id) {
    return jdbc.sql("select * from congress_round where id = ?").param(id).query(CongressStore::round).optional();
  }

  List<Round> rounds(String electionId) {
    return jdbc.sql("select * from congress_round where election_id = ? order by round_no").param(electionId)
        .query(CongressStore::round).list();
  }

  List<FormalCandidate> roundCandidates(long roundId) {
    return jdbc.sql("select member_id, name, seat_source from congress_round_candidate where round_id = ? order by ballot_order")
        .param(roundId).query(CongressStore::candidate).list();
  }

  boolean recordReturned(long roundId, int returned, RoundStatus status, String user) {
    return jdbc.sql("update congress_round set returned = ?, status = ?, returned_by = ?, returned_at = ? "
            + "where id = ? and status = ?")
        .params(returned, status.name(), user, now(), roundId, RoundStatus.OPEN.name()).update() == 1;
  }

  private static Round round(ResultSet rs, int n) throws SQLException {
    Timestamp confirmed = rs.getTimestamp("confirmed_at");
    return new Round(rs.getLong("id"), rs.getString("election_id"), rs.getInt("round_no"),
        RoundKind.valueOf(rs.getString("kind")), (Long) rs.getObject("previous_round_id", Long.class), rs.getInt("seats"),
        new RollCall(rs.getInt("expected"), rs.getInt("present")), rs.getInt("issued"),
        (Integer) rs.getObject("returned", Integer.class), rs.getBoolean("write_ins_allowed"),
        RoundStatus.valueOf(rs.getString("status")), rs.getString("opened_by"), rs.getTimestamp("opened_at").toInstant(),
        rs.getString("confirmed_by"), confirmed == null ? null : confirmed.toInstant());
  }

  // --- entries ---

  List<String> entryCounters(long roundId) {
    return jdbc.sql("select counter from congress_count_entry where round_id = ? order by id").param(roundId)
        .query(String.class).list();
  }

  long insertEntry(long roundId, String counter, EntryMode mode, List<Ballot> ballots, SheetTotals sheet) {
    jdbc.sql("insert into congress_count_entry (round_id, counter, mode, valid_ballots, invalid_ballots, entered_at) "
            + "values (?, ?, ?, ?, ?, ?)")
        .params(roundId, counter, mode.name(), sheet == null ? null : sheet.valid(), sheet == null ? null : sheet.invalid(),
            now())
        .update();
    long id = jdbc.sql("select id from congress_count_entry where round_id = ? and counter = ?").params(roundId, counter)
        .query(Long.class).single();
    if (mode == EntryMode.BALLOTS) {
      List<Object[]> rows = new ArrayList<>(ballots.size());
      List<Object[]> writeIns = new ArrayList<>();
      for (Ballot b : ballots) {
        StringBuilder marks = new StringBuilder(b.marks().size());
        b.marks().forEach(m -> marks.append(m.code()));
        rows.add(new Object[] {id, b.number(), marks.toString()});
        for (WriteIn w : b.writeIns()) writeIns.add(new Object[] {id, b.number(), w.replaces(), w.memberId(), w.name()});
      }
      template.batchUpdate("insert into congress_ballot (entry_id, ballot_no, marks) values (?, ?, ?)", rows);
      template.batchUpdate("insert into congress_ballot_write_in (entry_id, ballot_no, replaces, member_id, written_name) "
          + "values (?, ?, ?, ?, ?)", writeIns);
    } else {
      for (CandidateVotes c : sheet.candidates()) {
        jdbc.sql("insert into congress_sheet_total (entry_id, member_id, votes_for, votes_against, votes_abstain) "
                + "values (?, ?, ?, ?, ?)").params(id, c.memberId(), c.votesFor(), c.against(), c.abstain()).update();
      }
      for (WriteInVotes w : sheet.writeIns()) {
        jdbc.sql("insert into congress_sheet_write_in (entry_id, member_id, written_name, votes) values (?, ?, ?, ?)")
            .params(id, w.memberId(), w.name(), w.votes()).update();
      }
    }
    return id;
  }

  /** Every entry of a round, complete. Only {@link Counts} calls this, and shows an entry to its own counter only. */
  /** The entries of a round without their content: id, order, counter, mode, time (no figure). */
  List<Counts.EntryRef> entryRefs(long roundId) {
    List<Counts.EntryRef> refs = new ArrayList<>();
    jdbc.sql("select id, counter, mode, entered_at from congress_count_entry where round_id = ? order by id").param(roundId)
        .query((rs, n) -> new Counts.EntryRef(rs.getLong("id"), n + 1, rs.getString("counter"),
            EntryMode.valueOf(rs.getString("mode")), rs.getTimestamp("entered_at").toInstant()))
        .list().forEach(refs::add);
    return refs;
  }

  List<CountEntry> entries(long roundId) {
    record Header(long id, String counter, EntryMode mode, Integer valid, Integer invalid, Instant at) {}
    List<Header> headers = jdbc.sql("select * from congress_count_entry where round_id = ? order by id").param(roundId)
        .query((rs, n) -> new Header(rs.getLong("id"), rs.getString("counter"), EntryMode.valueOf(rs.getString("mode")),
            (Integer) rs.getObject("valid_ballots", Integer.class), (Integer) rs.getObject("invalid_ballots", Integer.class),
            rs.getTimestamp("entered_at").toInstant()))
        .list();
    List<CountEntry> entries = new ArrayList<>();
    for (Header h : headers) {
      if (h.mode() == EntryMode.BALLOTS) {
        Map<Integer, List<WriteIn>> writeIns = new HashMap<>();
        jdbc.sql("select ballot_no, replaces, member_id, written_name from congress_ballot_write_in where entry_id = ?")
            .param(h.id()).query((rs, n) -> Map.entry(rs.getInt("ballot_no"),
                new WriteIn(rs.getString("replaces"), rs.getString("member_id"), rs.getString("written_name"))))
            .list().forEach(e -> writeIns.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        List<Ballot> ballots = jdbc.sql("select ballot_no, marks from congress_ballot where entry_id = ? order by ballot_no")
            .param(h.id()).query((rs, n) -> new Ballot(rs.getInt("ballot_no"), marks(rs.getString("marks")),
                writeIns.getOrDefault(rs.getInt("ballot_no"), List.of())))
            .list();
        entries.add(new CountEntry(h.id(), roundId, h.counter(), h.mode(), ballots, null, h.at()));
      } else {
        List<CandidateVotes> totals = jdbc.sql("select member_id, votes_for, votes_against, votes_abstain "
                + "from congress_sheet_total where entry_id = ?").param(h.id())
            .query((rs, n) -> new CandidateVotes(rs.getString("member_id"), rs.getInt("votes_for"),
                rs.getInt("votes_against"), rs.getInt("votes_abstain"))).list();
        List<WriteInVotes> writeIns = jdbc.sql("select member_id, written_name, votes from congress_sheet_write_in "
                + "where entry_id = ?").param(h.id())
            .query((rs, n) -> new WriteInVotes(rs.getString("member_id"), rs.getString("written_name"), rs.getInt("votes")))
            .list();
        entries.add(new CountEntry(h.id(), roundId, h.counter(), h.mode(), null,
            new SheetTotals(h.valid(), h.invalid(), totals, writeIns), h.at()));
      }
    }
    return entries;
  }

  private static List<Mark> marks(String codes) {
    List<Mark> marks = new ArrayList<>(codes.length());
    for (int i = 0; i < codes.length(); i++) marks.add(Mark.of(codes.charAt(i)));
    return marks;
  }

  // --- resolution, confirmation, results ---

  record Resolution(long entryId, String reason, String resolvedBy) {}

  Optional<Resolution> resolution(long roundId) {
    return jdbc.sql("select resolution_entry_id, resolution_reason, resolved_by from congress_round where id = ? "
            + "and resolution_entry_id is not null").param(roundId)
        .query((rs, n) -> new Resolution(rs.getLong(1), rs.getString(2), rs.getString(3))).optional();
  }

  boolean resolve(long roundId, long entryId, String reason, String user) {
    return jdbc.sql("update congress_round set resolution_entry_id = ?, resolution_reason = ?, resolved_by = ?, "
            + "resolved_at = ? where id = ? and status = ? and resolution_entry_id is null")
        .params(entryId, reason, user, now(), roundId, RoundStatus.COUNTING.name()).update() == 1;
  }

  /** Writes the count of record and its outcome; false when the round was no longer being counted. */
  boolean confirm(long roundId, Tally tally, Outcome outcome, String user) {
    int updated = jdbc.sql("update congress_round set status = ?, valid_ballots = ?, invalid_ballots = ?, minimum_votes = ?, "
            + "confirmed_by = ?, confirmed_at = ? where id = ? and status = ?")
        .params(RoundStatus.CONFIRMED.name(), tally.valid(), tally.invalid(), outcome.minimumVotes(), user, now(), roundId,
            RoundStatus.COUNTING.name())
        .update();
    if (updated != 1) return false;
    List<Object[]> rows = new ArrayList<>();
    for (Standing s : outcome.standings()) {
      Optional<CandidateVotes> c = tally.of(s.memberId()).filter(x -> !s.writeIn());
      rows.add(new Object[] {roundId, s.memberId(), s.name() == null ? s.memberId() : s.name(), s.writeIn(), s.votesFor(),
          c.map(CandidateVotes::against).orElse(null), c.map(CandidateVotes::abstain).orElse(null), s.result().name()});
    }
    template.batchUpdate("insert into congress_result (round_id, member_id, name, write_in, votes_for, votes_against, "
        + "votes_abstain, result) values (?, ?, ?, ?, ?, ?, ?, ?)", rows);
    List<Object[]> findings = tally.findings().stream()
        .map(f -> new Object[] {roundId, f.ballot(), f.rule(), f.voidsBallot(), f.message()}).toList();
    template.batchUpdate("insert into congress_finding (round_id, ballot_no, rule, voids, message) values (?, ?, ?, ?, ?)",
        findings);
    return true;
  }

  record ResultRow(String memberId, String name, boolean writeIn, int votesFor, Integer against, Integer abstain,
                   Standing.Result result) {}

  /** The confirmed result of a round, most votes first (empty before confirmation). */
  List<ResultRow> results(long roundId) {
    return jdbc.sql("select r.* from congress_result r join congress_round d on d.id = r.round_id "
            + "where r.round_id = ? and d.status = 'CONFIRMED' order by r.votes_for desc, r.member_id").param(roundId)
        .query((rs, n) -> new ResultRow(rs.getString("member_id"), rs.getString("name"), rs.getBoolean("write_in"),
            rs.getInt("votes_for"), (Integer) rs.getObject("votes_against", Integer.class),
            (Integer) rs.getObject("votes_abstain", Integer.class), Standing.Result.valueOf(rs.getString("result"))))
        .list();
  }

  record Counted(int valid, int invalid, int minimumVotes) {}

  Optional<Counted> counted(long roundId) {
    return jdbc.sql("select valid_ballots, invalid_ballots, minimum_votes from congress_round where id = ? and status = 'CONFIRMED'")
        .param(roundId).query((rs, n) -> new Counted(rs.getInt(1), rs.getInt(2), rs.getInt(3))).optional();
  }

  List<BallotFinding> findings(long roundId) {
    return jdbc.sql("select f.ballot_no, f.rule, f.voids, f.message from congress_finding f join congress_round d "
            + "on d.id = f.round_id where f.round_id = ? and d.status = 'CONFIRMED' order by f.ballot_no, f.rule").param(roundId)
        .query((rs, n) -> new BallotFinding((Integer) rs.getObject(1, Integer.class), rs.getString(2), rs.getBoolean(3),
            rs.getString(4))).list();
  }

  /** Everyone elected in a confirmed round of the election, in round order. */
  List<String> elected(String electionId) {
    return jdbc.sql("select r.member_id from congress_result r join congress_round d on d.id = r.round_id "
            + "where d.election_id = ? and d.status = 'CONFIRMED' and r.result = 'ELECTED' and not exists (select 1 from "
            + "congress_credential c where c.election_id = d.election_id and c.member_id = r.member_id "
            + "and c.round_no = d.round_no and c.decision = 'INVALID') order by d.round_no, r.member_id")
        .param(electionId).query(String.class).list();
  }

  // --- seat reduction ---

  void insertReduction(String electionId, long roundId, int seats, String reason, String user) {
    jdbc.sql("insert into congress_seat_reduction (election_id, round_id, seats_given_up, reason, decided_by, decided_at) "
            + "values (?, ?, ?, ?, ?, ?)").params(electionId, roundId, seats, reason, user, now()).update();
  }

  int seatsGivenUp(String electionId) {
    return jdbc.sql("select coalesce(sum(seats_given_up), 0) from congress_seat_reduction where election_id = ?")
        .param(electionId).query(Integer.class).single();
  }

  boolean reduced(long roundId) {
    return jdbc.sql("select count(*) from congress_seat_reduction where round_id = ?").param(roundId)
        .query(Integer.class).single() > 0;
  }

  private static BigDecimal ratio(BigDecimal value) {
    if (value == null) return null;
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
