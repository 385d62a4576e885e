package cn.congress.nomination.inspection;

import cn.congress.nomination.platform.Violation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of an inspection as small named policies, each with its reason in Chinese; plain Java, checked by
 * {@link Inspections} before anything is stored or a task completes. Rule codes are stable.
 */
final class InspectionPolicies {
  private InspectionPolicies() {}

  static final int MAX_TEXT = 4000;

  /** What the four musts are checked against when the inspection team submits them. */
  record MustsCheck(List<MustRecord> musts, List<Complaint> complaints, boolean leadingCadre,
                    boolean disciplineOpinionSubmitted, boolean noticeOver) {

    Map<Must, MustRecord> byMust() {
      Map<Must, MustRecord> map = new EnumMap<>(Must.class);
      musts.forEach(m -> { if (m != null && m.must() != null) map.putIfAbsent(m.must(), m); });
      return map;
    }

    boolean specificComplaints() {
      return complaints.stream().anyMatch(Complaint::specific);
    }
  }

  @FunctionalInterface
  interface MustsPolicy {
    List<Violation> check(MustsCheck check);
  }

  /** Each of the four musts is recorded, once, with a result. */
  static final MustsPolicy MUSTS_COMPLETE = c -> {
    List<Violation> v = new ArrayList<>();
    Map<Must, MustRecord> byMust = c.byMust();
    for (Must must : Must.values()) {
      MustRecord r = byMust.get(must);
      if (r == null || r.result() == null) {
        v.add(Violation.of("musts." + must.name(), "MUSTS_COMPLETE", "四必：“" + must.label() + "”尚未记录结果"));
      }
    }
    if (c.musts().stream().filter(m -> m != null && m.must() != null).count() > byMust.size()) {
      v.add(Violation.of("musts", "MUSTS_COMPLETE", "四必：同一事项只能记录一次"));
    }
    return v;
  };

  /** Leading cadres: the personal-matters report must be checked (not "not applicable"). */
  static final MustsPolicy PERSONAL_MATTERS_FOR_LEADING_CADRES = c -> {
    MustRecord r = c.byMust().get(Must.PERSONAL_MATTERS);
    if (c.leadingCadre() && r != null && r.result() == Must.Result.NOT_APPLICABLE) {
      return List.of(Violation.of("musts.PERSONAL_MATTERS", "PERSONAL_MATTERS_CHECKED",
          "考察对象是领导干部，个人有关事项报告必须查核，不能填“不适用”"));
    }
    return List.of();
  };

  /**
   * "Not applicable" only where a must does not apply: the personal-matters report of a target who is not a leading
   * cadre, and complaints when no specific, verifiable complaint was received. Archive and discipline opinion always apply.
   */
  static final MustsPolicy NOT_APPLICABLE_ONLY_WHERE_ALLOWED = c -> {
    List<Violation> v = new ArrayList<>();
    c.byMust().forEach((must, r) -> {
      if (r.result() != Must.Result.NOT_APPLICABLE) return;
      boolean allowed = switch (must) {
        case PERSONAL_MATTERS -> !c.leadingCadre();
        case COMPLAINTS -> !c.specificComplaints();
        default -> false;
      };
      if (!allowed && must != Must.PERSONAL_MATTERS) {
        v.add(Violation.of("musts." + must.name(), "MUST_APPLIES", "“" + must.label() + "”"
            + (must == Must.COMPLAINTS ? "：已收到具体可查的举报，必须核查，不能填“不适用”" : "对每名考察对象都必须进行，不能填“不适用”")));
      }
    });
    return v;
  };

  /** Issues found are described. */
  static final MustsPolicy FINDING_DESCRIBED = c -> {
    List<Violation> v = new ArrayList<>();
    c.byMust().forEach((must, r) -> {
      if (r.result() == Must.Result.ISSUES_FOUND && blank(r.finding())) {
        v.add(Violation.of("musts." + must.name(), "MUST_FINDING", "“" + must.label() + "”发现问题的，须写明具体情况"));
      }
    });
    return v;
  };

  /**
   * A must that was carried out cites its evidence: each item with a source and what it shows, and the must's own
   * source among them (the archive, the report, the commission's opinion); the complaints' must rests on the sources
   * the rules name for verification.
   */
  static final MustsPolicy EVIDENCE_GIVEN = c -> {
    List<Violation> v = new ArrayList<>();
    c.byMust().forEach((must, r) -> {
      if (r.result() == null || r.result() == Must.Result.NOT_APPLICABLE) return;
      String field = "musts." + must.name();
      if (r.evidence().isEmpty()) {
        v.add(Violation.of(field, "MUST_EVIDENCE", "“" + must.label() + "”须列明依据（来源和情况）"));
        return;
      }
      if (r.evidence().stream().anyMatch(e -> e == null || e.source() == null || blank(e.summary()))) {
        v.add(Violation.of(field, "MUST_EVIDENCE", "“" + must.label() + "”的每项依据须注明来源和情况"));
      }
      EvidenceSource required = must.requiredSource();
      if (required != null && r.evidence().stream().noneMatch(e -> e != null && e.source() == required)) {
        v.add(Violation.of(field, "MUST_EVIDENCE_SOURCE", "“" + must.label() + "”的依据须包括“" + required.label() + "”"));
      }
      if (required == null && r.evidence().stream().noneMatch(e -> e != null && e.source() != null
          && e.source().verifiesComplaints())) {
        v.add(Violation.of(field, "MUST_EVIDENCE_SOURCE", "“" + must.label()
            + "”的依据须来自巡视巡察、信访举报、审计、专项检查、亲属经商办企业、处分处理或知情人谈话"));
      }
    });
    return v;
  };

  /** The discipline commission's opinion was heard: it was submitted before the musts are. */
  static final MustsPolicy DISCIPLINE_OPINION_HEARD = c -> c.disciplineOpinionSubmitted() ? List.of()
      : List.of(Violation.of("musts.DISCIPLINE_OPINION", "DISCIPLINE_OPINION_HEARD",
          "纪检监察机关尚未反馈意见，“纪检监察机关意见必听”未完成"));

  /** Every specific, verifiable complaint has been verified. */
  static final MustsPolicy COMPLAINTS_VERIFIED = c -> c.complaints().stream().filter(Complaint::needsVerification)
      .map(k -> Violation.of("complaints." + k.id(), "COMPLAINT_VERIFIED", "举报 " + k.id()
          + " 具体可查，尚未核查（须有核查结论和依据）"))
      .toList();

  /** The notice period is over, so every complaint it invited is in. */
  static final MustsPolicy NOTICE_PERIOD_OVER = c -> c.noticeOver() ? List.of()
      : List.of(Violation.of("notice", "NOTICE_PERIOD_OVER", "考察预告期尚未结束，期间收到的举报须核查后才能提交四必情况"));

  static List<MustsPolicy> musts() {
    return List.of(MUSTS_COMPLETE, PERSONAL_MATTERS_FOR_LEADING_CADRES, NOT_APPLICABLE_ONLY_WHERE_ALLOWED,
        FINDING_DESCRIBED, EVIDENCE_GIVEN, DISCIPLINE_OPINION_HEARD, COMPLAINTS_VERIFIED, NOTICE_PERIOD_OVER);
  }

  static List<Violation> checkMusts(MustsCheck check) {
    return musts().stream().flatMap(p -> p.check(check).stream()).toList();
  }

  // --- opinions, complaints, conclusion, signatures ---

  static List<Violation> checkOpinion(OpinionSource source, Opinion.Request request) {
    List<Violation> v = new ArrayList<>();
    if (request == null || request.agrees() == null) {
      v.add(Violation.of("agrees", "OPINION_GIVEN", "须选择“同意”或“不同意”"));
    }
    if (request == null || blank(request.opinion())) {
      v.add(Violation.of("opinion", "OPINION_TEXT", source.label() + "须填写具体意见"));
    } else if (request.opinion().length() > MAX_TEXT) {
      v.add(Violation.of("opinion", "TEXT_LENGTH", "意见不能超过 " + MAX_TEXT + " 字"));
    }
    if (source == OpinionSource.REGULATOR && (request == null || blank(request.onBehalfOf()))) {
      v.add(Violation.of("onBehalfOf", "REGULATOR_NAMED", "须写明出具意见的行业监管部门"));
    }
    return v;
  }

  static List<Violation> checkComplaint(Complaint.Request request) {
    List<Violation> v = new ArrayList<>();
    if (request == null || blank(request.channel())) {
      v.add(Violation.of("channel", "COMPLAINT_CHANNEL", "须写明举报渠道（来信、来电、来访、网络或谈话）"));
    } else if (request.channel().length() > 32) {
      v.add(Violation.of("channel", "TEXT_LENGTH", "举报渠道不能超过 32 字"));
    }
    if (request == null || blank(request.content())) {
      v.add(Violation.of("content", "COMPLAINT_CONTENT", "须填写举报反映的问题"));
    } else if (request.content().length() > MAX_TEXT) {
      v.add(Violation.of("content", "TEXT_LENGTH", "举报内容不能超过 " + MAX_TEXT + " 字"));
    }
    if (request == null || request.specific() == null) {
      v.add(Violation.of("specific", "COMPLAINT_SPECIFIC", "须判定举报是否具体、有可查性"));
    }
    return v;
  }

  static List<Violation> checkVerification(Complaint complaint, Complaint.Verification verification) {
    List<Violation> v = new ArrayList<>();
    if (!complaint.specific()) {
      v.add(Violation.of("specific", "COMPLAINT_NOT_SPECIFIC", "举报 " + complaint.id() + " 不具体、不可查，无须核查"));
      return v;
    }
    if (verification == null || verification.conclusion() == null) {
      v.add(Violation.of("conclusion", "VERIFICATION_CONCLUSION", "须给出核查结论（属实或不属实）"));
    }
    if (verification == null || blank(verification.verification())) {
      v.add(Violation.of("verification", "VERIFICATION_TEXT", "须写明核查情况"));
    } else if (verification.verification().length() > MAX_TEXT) {
      v.add(Violation.of("verification", "TEXT_LENGTH", "核查情况不能超过 " + MAX_TEXT + " 字"));
    }
    List<Evidence> evidence = verification == null || verification.evidence() == null ? List.of()
        : verification.evidence();
    if (evidence.isEmpty() || evidence.stream().anyMatch(e -> e == null || e.source() == null || blank(e.summary()))
        || evidence.stream().noneMatch(e -> e != null && e.source() != null && e.source().verifiesComplaints())) {
      v.add(Violation.of("evidence", "VERIFICATION_EVIDENCE", "核查须有依据，每项注明来源和情况，来源须包括巡视巡察、"
          + "信访举报、审计、专项检查、亲属经商办企业、处分处理或知情人谈话之一"));
    }
    return v;
  }

  static List<Violation> checkConclusion(Inspection.Conclusion.Request request) {
    List<Violation> v = new ArrayList<>();
    if (request == null || request.political() == null) {
      v.add(Violation.of("political", "CONCLUSION_GIVEN", "须给出政治素质考察结论（通过或不通过）"));
    }
    if (request == null || blank(request.politicalFinding())) {
      v.add(Violation.of("politicalFinding", "CONCLUSION_FINDING", "须写明政治素质考察的具体情况"));
    }
    if (request == null || request.integrity() == null) {
      v.add(Violation.of("integrity", "CONCLUSION_GIVEN", "须给出廉洁情况考察结论（通过或不通过）"));
    }
    if (request == null || blank(request.integrityFinding())) {
      v.add(Violation.of("integrityFinding", "CONCLUSION_FINDING", "须写明廉洁情况考察的具体情况"));
    }
    if (request != null && (length(request.politicalFinding()) > MAX_TEXT || length(request.integrityFinding()) > MAX_TEXT)) {
      v.add(Violation.of("politicalFinding", "TEXT_LENGTH", "考察情况不能超过 " + MAX_TEXT + " 字"));
    }
    return v;
  }

  /** The dual signature: whoever signed the other half of the integrity conclusion may not sign this one. */
  static List<Violation> checkSignature(Signatory signatory, String user, List<Inspection.Signature> existing) {
    List<Violation> v = new ArrayList<>();
    for (Inspection.Signature s : existing) {
      if (s.signatory() == signatory) {
        v.add(Violation.of("signatory", "ALREADY_SIGNED", signatory.label() + "已由 " + s.signedBy() + " 签字"));
      } else if (s.signedBy().equals(user)) {
        v.add(Violation.of("signatory", "SEPARATE_SIGNATORIES", "廉洁结论须由党委书记和纪委书记两人分别签字（双签字）："
            + user + " 已作为" + s.signatory().label() + "签字，不能再作为" + signatory.label() + "签字"));
      }
    }
    return v;
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static int length(String s) {
    return s == null ? 0 : s.length();
  }
}
