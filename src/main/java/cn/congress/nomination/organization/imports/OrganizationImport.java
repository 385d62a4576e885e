package cn.congress.nomination.organization.imports;

import cn.congress.nomination.audit.AuditLog;
import cn.congress.nomination.organization.Members;
import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.organization.OrganizationGroups;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.security.Viewer;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports an organizations file as a whole: read and check every row, then write all of it or nothing — rows, paths,
 * the Camunda group of each organization and the audit entry in one transaction. See {@code docs/import-format.md}.
 *
 * <p>Columns (header row, any order): {@code id, parent_id, name, type, kind, sort_order}. {@code parent_id} is empty
 * for a root and may name an organization stored before or one anywhere in the same file; {@code type} is an
 * {@link cn.congress.nomination.organization.OrganizationType} name; {@code kind} and {@code sort_order} may be empty.
 */
@Service
class OrganizationImport {

  static final String ACTION = "IMPORT_ORGANIZATIONS";
  private static final Logger log = LoggerFactory.getLogger(OrganizationImport.class);

  private final Organizations organizations;
  private final Members members;
  private final OrganizationGroups groups;
  private final AuditLog auditLog;

  OrganizationImport(Organizations organizations, Members members, OrganizationGroups groups, AuditLog auditLog) {
    this.organizations = organizations;
    this.members = members;
    this.groups = groups;
    this.auditLog = auditLog;
  }

  @Transactional
  public ImportSummary run(Viewer viewer, String fileName, InputStream in) {
    ImportAccess.requireImporter(viewer);
    TableReader reader = ImportFiles.reader(fileName);
    Map<String, Organization> stored = new HashMap<>();
    organizations.all().forEach(o -> stored.put(o.id(), o));

    Violations violations = new Violations();
    Map<String, OrganizationRow> rows = new LinkedHashMap<>();
    ImportAccess access = new ImportAccess(viewer);
    ImportTable.read(reader, in, List.of(OrganizationColumn.values()), violations, fields -> {
      OrganizationRow row = OrganizationRow.parse(fields);
      if (row.id() == null) return;
      OrganizationRow first = rows.putIfAbsent(row.id(), row);
      if (first != null) {
        violations.add(row.line(), OrganizationColumn.ID, ImportRule.DUPLICATE_ID,
            "“" + row.id() + "”已在第 " + first.line() + " 行");
        return;
      }
      access.organization(row, stored);
    });
    access.throwIfDenied();
    OrganizationPlan plan = OrganizationPlan.of(stored, rows,
        id -> members.countWithin(stored.get(id).path()) > 0, violations);
    violations.throwIfAny("组织");

    organizations.insert(plan.toInsert());
    organizations.update(plan.toUpdate());
    int groupsWritten = groups.sync(plan.ofFile());
    ImportSummary summary = new ImportSummary(plan.toInsert().size(), plan.toUpdate().size(), plan.unchanged(),
        groupsWritten);
    auditLog.record(viewer.userId(), ACTION, ImportFiles.AUDIT_SUBJECT, ImportFiles.subject(fileName),
        summary.auditDetail(fileName));
    log.info("{} imported organizations from {}: {}", viewer.userId(), fileName, summary);
    return summary;
  }
}
