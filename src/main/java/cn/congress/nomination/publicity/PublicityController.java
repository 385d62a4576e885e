package cn.congress.nomination.publicity;

import cn.congress.nomination.candidate.Removal;
import cn.congress.nomination.election.Elections;
import cn.congress.nomination.organization.Member;
import cn.congress.nomination.organization.Members;
import cn.congress.nomination.security.CurrentViewer;
import cn.congress.nomination.security.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A publicity for the electoral unit's staff: the period and its names (removals marked), the objections with their
 * state, entering an objection taken by phone, letter, SMS or the hotline, and concluding a verification (completes
 * the task as the signed-in user: the same listener as in Tasklist checks the person and the rules).
 */
@RestController
@RequestMapping("/api/publicities")
@Tag(name = "publicity", description = "公示：公示期、反映登记、纪委核查结论")
class PublicityController {

  record NameView(int order, String memberId, String name, boolean removed, String removalRule, String removalReason) {}

  record PublicityView(String id, String electionId, String electoralUnitId, String subject, String title,
                       LocalDate publishedOn, int workingDays, LocalDate firstDay, LocalDate lastDay, Instant endsAt,
                       String status, String processInstanceId, Instant closedAt, int objections,
                       int objectionsVerifying, List<NameView> names, List<String> remaining) {}

  record ObjectionView(String id, String publicityId, String memberId, String memberName, String channel,
                       String channelLabel, String content, String contact, String enteredBy, Instant receivedAt,
                       String state, String conclusion, String conclusionLabel, String findings, String concludedBy,
                       Instant concludedAt) {}

  /** {@code channel}: PHONE, LETTER, SMS or HOTLINE (anything else is refused naming the field). */
  record StaffObjection(String memberId, String content, String contact, String channel) {

    ObjectionChannel channelOrNull() {
      if (channel == null) return null;
      try {
        return ObjectionChannel.valueOf(channel.trim());
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
  }

  record ConclusionRequest(String conclusion, String findings) {}

  private final Publicities publicities;
  private final PublicityAccess access;
  private final PublicityTasks tasks;
  private final Members members;
  private final Elections elections;
  private final CurrentViewer currentViewer;

  PublicityController(Publicities publicities, PublicityAccess access, PublicityTasks tasks, Members members,
                      Elections elections, CurrentViewer currentViewer) {
    this.publicities = publicities;
    this.access = access;
    this.tasks = tasks;
    this.members = members;
    this.elections = elections;
    this.currentViewer = currentViewer;
  }

  @GetMapping
  @Operation(summary = "The publicities of an election (electoral unit and above)")
  List<PublicityView> ofElection(@RequestParam String electionId) {
    elections.get(electionId);
    Viewer viewer = currentViewer.get();
    List<Publicity> all = publicities.ofElection(electionId);
    if (all.isEmpty()) return List.of();
    access.requireRead(viewer, all.get(0));
    return all.stream().map(this::view).toList();
  }

  @GetMapping("/{id}")
  @Operation(summary = "The period, its status (OPEN, VERIFYING, CONCLUDED), the names and what remains of them")
  PublicityView get(@PathVariable String id) {
    Publicity p = readable(id);
    return view(p);
  }

  @GetMapping("/{id}/objections")
  @Operation(summary = "The objections of the period with their state (VERIFYING, CONCLUDED) and conclusion")
  List<ObjectionView> objections(@PathVariable String id) {
    readable(id);
    return publicities.objections(id).stream().map(this::view).toList();
  }

  @GetMapping("/{id}/objections/{objectionId}")
  @Operation(summary = "One objection and its verification")
  ObjectionView objection(@PathVariable String id, @PathVariable String objectionId) {
    readable(id);
    return view(publicities.objection(id, objectionId));
  }

  @PostMapping("/{id}/objections")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Enter an objection received by phone, letter, SMS or the hotline (organization department or "
      + "discipline commission of the electoral unit), only while the period is open")
  ObjectionView enter(@PathVariable String id, @RequestBody StaffObjection body) {
    Viewer viewer = currentViewer.get();
    access.requireStaff(viewer, publicities.get(id));
    Objection objection = publicities.enter(id,
        new ObjectionRequest(body.memberId(), body.content(), body.contact(), body.channelOrNull()), viewer.userId());
    return view(objection);
  }

  @PostMapping("/{id}/objections/{objectionId}/conclusion")
  @Operation(summary = "Conclude the verification of an objection (discipline commission of the electoral unit): "
      + "SUBSTANTIATED or NOT_CLEARED removes the name; UNSUBSTANTIATED or NOT_SPECIFIC keeps it")
  ObjectionView conclude(@PathVariable String id, @PathVariable String objectionId,
                         @RequestBody ConclusionRequest body) {
    Viewer viewer = currentViewer.get();
    Publicity publicity = publicities.get(id);
    publicities.objection(id, objectionId);
    access.requireDisciplineCommission(viewer, publicity.electoralUnitId());
    tasks.conclude(publicity, objectionId, body.conclusion(), body.findings());
    return view(publicities.objection(id, objectionId));
  }

  private Publicity readable(String id) {
    Publicity p = publicities.get(id);
    access.requireRead(currentViewer.get(), p);
    return p;
  }

  private PublicityView view(Publicity p) {
    List<String> ids = publicities.memberIds(p.id());
    List<Removal> removed = publicities.removed(p.id());
    List<NameView> names = new java.util.ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      String memberId = ids.get(i);
      Removal r = removed.stream().filter(x -> x.memberId().equals(memberId)).findFirst().orElse(null);
      names.add(new NameView(i + 1, memberId, name(memberId), r != null, r == null ? null : r.rule(),
          r == null ? null : r.reason()));
    }
    List<Objection> objections = publicities.objections(p.id());
    return new PublicityView(p.id(), p.electionId(), p.electoralUnitId(), p.subject().name(), p.subject().label(),
        p.publishedOn(), p.workingDays(), p.firstDay(), p.lastDay(), p.endsAt(), publicities.status(p),
        p.processInstanceId(), p.closedAt(), objections.size(),
        (int) objections.stream().filter(o -> !o.isConcluded()).count(), names, publicities.remaining(p.id()));
  }

  private ObjectionView view(Objection o) {
    return new ObjectionView(o.id(), o.publicityId(), o.memberId(), name(o.memberId()), o.channel().name(),
        o.channel().label(), o.content(), o.contact(), o.enteredBy(), o.receivedAt(), o.state(),
        o.conclusion() == null ? null : o.conclusion().name(), o.conclusion() == null ? null : o.conclusion().label(),
        o.findings(), o.concludedBy(), o.concludedAt());
  }

  private String name(String memberId) {
    return members.find(memberId).map(Member::name).orElse(memberId);
  }
}
