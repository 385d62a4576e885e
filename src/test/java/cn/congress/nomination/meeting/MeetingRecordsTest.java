package cn.congress.nomination.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.congress.nomination.election.ElectionService;
import cn.congress.nomination.nomination.unit.UnitFixture;
import cn.congress.nomination.organization.OrganizationGroups;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.platform.Violation;
import cn.congress.nomination.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingRecordsTest {

  final UnitFixture f = new UnitFixture("mrt-");
  @Autowired MeetingRecords meetings;
  @Autowired Organizations organizations;
  @Autowired OrganizationGroups groups;
  @Autowired ElectionService elections;
  @Autowired JdbcTemplate jdbc;

  static final List<RankedName> RANKING = List.of(new RankedName("m-1", "张一", 3, 50),
      new RankedName("m-2", "王二", 2, 40), new RankedName("m-3", "李三", 1, 10));

  @BeforeAll
  void setUp() {
    f.insertTree(organizations, groups);
    f.createElection(elections);
  }

  MeetingDraft draft(int present, MeetingVote... votes) {
    return new MeetingDraft(9, present, "同意张一、王二为推荐人选", List.of(votes));
  }

  @Test
  void recordConfirmAndRead() {
    long id = meetings.record(f.electionId, f.committee, MeetingKind.COMMITTEE_SELECTION,
        draft(9, new MeetingVote("m-1", 9, true, null), new MeetingVote("m-2", 8, true, null),
            new MeetingVote("m-3", 1, false, null)), RANKING, "alice");
    Meeting m = meetings.current(f.electionId, f.committee, MeetingKind.COMMITTEE_SELECTION).orElseThrow();
    assertThat(m.id()).isEqualTo(id);
    assertThat(m.status()).isEqualTo(MeetingStatus.RECORDED);
    assertThat(m.votes()).extracting(Meeting.Vote::name, Meeting.Vote::rank).containsExactly(
        org.assertj.core.groups.Tuple.tuple("张一", 1), org.assertj.core.groups.Tuple.tuple("王二", 2),
        org.assertj.core.groups.Tuple.tuple("李三", 3));
    assertThat(meetings.selected(id)).containsExactly("m-1", "m-2");

    assertThatThrownBy(() -> meetings.confirm(id, "alice")).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.violations()).extracting(Violation::rule).containsExactly("SECOND_PERSON"));
    meetings.confirm(id, "bob");
    assertThat(meetings.get(id).status()).isEqualTo(MeetingStatus.CONFIRMED);
    assertThat(meetings.get(id).confirmedBy()).isEqualTo("bob");

    // a confirmed decision stands until it is superseded
    assertThatThrownBy(() -> meetings.record(f.electionId, f.committee, MeetingKind.COMMITTEE_SELECTION,
        draft(9, new MeetingVote("m-1", 9, true, null)), RANKING, "alice"))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.violations()).extracting(Violation::rule).containsExactly("ALREADY_CONFIRMED"));
    assertThat(meetings.supersede(f.electionId, f.committee, MeetingKind.COMMITTEE_SELECTION, "上级退回")).isEqualTo(1);
    assertThat(meetings.current(f.electionId, f.committee, MeetingKind.COMMITTEE_SELECTION)).isEmpty();
    assertThat(jdbc.queryForList("select action from audit_entry where subject_type = 'meeting' and subject_id = ?",
        String.class, String.valueOf(id))).containsExactly("MEETING_RECORDED", "MEETING_CONFIRMED", "MEETING_SUPERSEDED");
  }

  @Test
  void rejectedRecordIsRecordedAgain() {
    long first = meetings.record(f.electionId, f.unit, MeetingKind.UNIT_SELECTION,
        draft(9, new MeetingVote("m-1", 9, true, null)), RANKING, "carol");
    assertThatThrownBy(() -> meetings.reject(first, "dave", " ")).isInstanceOf(ValidationException.class);
    meetings.reject(first, "dave", "票数与表决票不符");
    Meeting rejected = meetings.current(f.electionId, f.unit, MeetingKind.UNIT_SELECTION).orElseThrow();
    assertThat(rejected.status()).isEqualTo(MeetingStatus.REJECTED);
    assertThat(rejected.rejectionReason()).isEqualTo("票数与表决票不符");
    assertThatThrownBy(() -> meetings.confirm(first, "dave")).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.violations()).extracting(Violation::rule).containsExactly("NOT_PENDING"));

    long second = meetings.record(f.electionId, f.unit, MeetingKind.UNIT_SELECTION,
        draft(9, new MeetingVote("m-1", 8, true, null)), RANKING, "carol");
    // recording again before confirmation replaces the unconfirmed record
    long third = meetings.record(f.electionId, f.unit, MeetingKind.UNIT_SELECTION,
        draft(9, new MeetingVote("m-1", 9, true, null)), RANKING, "carol");
    assertThat(meetings.get(second).status()).isEqualTo(MeetingStatus.SUPERSEDED);
    assertThat(meetings.current(f.electionId, f.unit, MeetingKind.UNIT_SELECTION).orElseThrow().id()).isEqualTo(third);
  }

  @Test
  void invalidRecordChangesNothing() {
    Integer before = jdbc.queryForObject("select count(*) from meeting_record", Integer.class);
    assertThatThrownBy(() -> meetings.record(f.electionId, f.emptyUnit, MeetingKind.UNIT_SELECTION,
        draft(7, new MeetingVote("m-1", 7, false, null), new MeetingVote("m-3", 7, true, null)), RANKING, "erin"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::rule).contains("QUORUM", "DEPARTURE_REASON"));
    assertThat(jdbc.queryForObject("select count(*) from meeting_record", Integer.class)).isEqualTo(before);
  }
}
