package cn.congress.nomination.report;

import cn.congress.nomination.nomination.ParticipationChannel;
import cn.congress.nomination.nomination.branch.BranchSubmissions;
import cn.congress.nomination.nomination.branch.ParticipationTotals;
import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.organization.Organizations;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Participation per child organization and in total, from the branches' submitted records (one query each). */
@Service
public class ParticipationReport {

  private final BranchSubmissions submissions;
  private final Organizations organizations;

  ParticipationReport(BranchSubmissions submissions, Organizations organizations) {
    this.submissions = submissions;
    this.organizations = organizations;
  }

  @Transactional(readOnly = true)
  public Participation of(String electionId, String parentId) {
    Organization parent = organizations.get(parentId);
    List<Participation.Row> rows = parent.isBranch() ? List.of() : organizations.children(parentId).stream()
        .map(child -> row(electionId, child)).toList();
    return new Participation(row(electionId, parent), rows);
  }

  private Participation.Row row(String electionId, Organization org) {
    ParticipationTotals t = submissions.totals(electionId, org.path());
    Map<ParticipationChannel, Long> byChannel = t.membersByChannel() == null ? Map.of() : t.membersByChannel();
    return new Participation.Row(org.id(), org.name(), t.branches(), t.branchesTakingPart(),
        Percent.of(t.branchesTakingPart(), t.branches()), t.expectedMembers(), t.membersTakingPart(), byChannel,
        Percent.of(t.membersTakingPart(), t.expectedMembers()), t.membersEducated(),
        Percent.of(t.membersEducated(), t.expectedMembers()));
  }
}
