package cn.congress.nomination.organization.imports;

import static cn.congress.nomination.organization.imports.OrganizationColumn.*;

import cn.congress.nomination.organization.OrganizationType;

/** One row of an organizations file; a value that broke a rule is null. {@code parentId} null means a root. */
record OrganizationRow(int line, String id, String parentId, String name, OrganizationType type, String kind,
                       int sortOrder, boolean valid) {

  static OrganizationRow parse(RowFields f) {
    String parentRaw = f.raw(PARENT_ID);
    String parentId = f.id(PARENT_ID);
    boolean parentBad = parentRaw != null && parentId == null;
    OrganizationRow row = new OrganizationRow(f.line(), f.id(ID), parentId, f.text(NAME),
        f.choice(TYPE, OrganizationType.class), f.text(KIND), f.integer(SORT_ORDER, 0), true);
    // A bad parent id is not "no parent": the tree checks must not treat the row as a root.
    return row.valid(!f.hasViolations() && !parentBad);
  }

  OrganizationRow valid(boolean valid) {
    return new OrganizationRow(line, id, parentId, name, type, kind, sortOrder, valid);
  }
}
