package cn.congress.nomination.organization.imports;

import cn.congress.nomination.audit.AuditLog;
import cn.congress.nomination.organization.Member;
import cn.congress.nomination.organization.Members;
import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.security.Viewer;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a members file as a whole, streaming it: each row is checked as it is read against the stored organizations
 * and members (loaded once into maps), and only new or changed members are kept for writing. Members absent from the
 * file stay as they are. All or nothing, in one transaction. See {@code docs/import-format.md}.
 *
 * <p>Columns (header row, any order): {@code id, organization_id, name, gender, ethnicity, birth_date, joined_on,
 * membership, education, unit_type, sector, cadre_level, occupation, honour_level, honour, sanction, sanction_ends_on,
 * under_investigation, enterprise_employee, finance_employee, migrant_worker}. Dates are {@code yyyy-MM-dd}; flags are
 * {@code true/false} or {@code 是/否}; the other closed values are the names of
 * {@link cn.congress.nomination.organization.MemberAttributes}; {@code sector}, {@code honour} and
 * {@code sanction_ends_on} may be empty. A member's organization must be stored already and be a branch.
 */
@Service
class MemberImport {

  static final String ACTION = "IMPORT_MEMBERS";
  private static final Logger log = LoggerFactory.getLogger(MemberImport.class);

  private final Organizations organizations;
  private final Members members;
  private final AuditLog auditLog;

  MemberImport(Organizations organizations, Members members, AuditLog auditLog) {
    this.organizations = organizations;
    this.members = members;
    this.auditLog = auditLog;
  }

  @Transactional
  public ImportSummary run(Viewer viewer, String fileName, InputStream in) {
    ImportAccess.requireImporter(viewer);
    TableReader reader = ImportFiles.reader(fileName);
    LocalDate today = LocalDate.now(ImportFiles.ZONE);
    Map<String, Organization> stored = new HashMap<>();
    organizations.all().forEach(o -> stored.put(o.id(), o));
    Map<String, Member> before = new HashMap<>();
    members.forEach(m -> before.put(m.id(), m));

    Violations violations = new Violations();
    ImportAccess access = new ImportAccess(viewer);
    Map<String, Integer> seen = new HashMap<>();
    List<Member> toInsert = new ArrayList<>();
    List<Member> toUpdate = new ArrayList<>();
    int[] unchanged = {0};
    ImportTable.read(reader, in, List.of(MemberColumn.values()), violations, fields -> {
      Member member = MemberRows.parse(fields);
      MemberPolicies.check(fields.line(), member, today, violations);
      if (member.organizationId() != null) {
        Organization organization = stored.get(member.organizationId());
        if (organization == null) {
          fields.violation(MemberColumn.ORGANIZATION_ID, ImportRule.UNKNOWN_ORGANIZATION,
              "“" + member.organizationId() + "”（请先导入组织）");
        } else if (!organization.isBranch()) {
          fields.violation(MemberColumn.ORGANIZATION_ID, ImportRule.MEMBER_NOT_IN_BRANCH,
              organization.id() + " 是" + organization.type().label());
        }
      }
      if (member.id() == null) return;
      Integer first = seen.putIfAbsent(member.id(), fields.line());
      if (first != null) {
        fields.violation(MemberColumn.ID, ImportRule.DUPLICATE_ID, "“" + member.id() + "”已在第 " + first + " 行");
        return;
      }
      Member old = before.get(member.id());
      access.member(member, old, stored);
      // once the file is known to be bad nothing will be written: stop keeping rows
      if (!violations.isEmpty()) {
        toInsert.clear();
        toUpdate.clear();
        return;
      }
      if (old == null) toInsert.add(member);
      else if (old.equals(member)) unchanged[0]++;
      else toUpdate.add(member);
    });
    access.throwIfDenied();
    violations.throwIfAny("党员");

    members.insert(toInsert);
    members.update(toUpdate);
    ImportSummary summary = new ImportSummary(toInsert.size(), toUpdate.size(), unchanged[0], 0);
    auditLog.record(viewer.userId(), ACTION, ImportFiles.AUDIT_SUBJECT, ImportFiles.subject(fileName),
        summary.auditDetail(fileName));
    log.info("{} imported members from {}: {}", viewer.userId(), fileName, summary);
    return summary;
  }
}
