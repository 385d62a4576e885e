package cn.congress.nomination.organization.imports;

/**
 * What an import did: rows created, rows updated (for organizations including stored descendants whose path moved
 * with an ancestor), rows of the file that were already so, and Camunda groups created or renamed.
 */
public record ImportSummary(int created, int updated, int unchanged, int groupsWritten) {

  String auditDetail(String fileName) {
    return "file=" + fileName + "; created=" + created + "; updated=" + updated + "; unchanged=" + unchanged
        + "; groupsWritten=" + groupsWritten;
  }
}
