package cn.congress.nomination.report;

import cn.congress.nomination.election.Stage;
import java.util.List;
import java.util.Map;

/**
 * Any list the materials and statistics are made of: the member ids in their order, the stage it belongs to, the
 * organization whose list it is (a recommending unit for its own list, the electoral unit for a stage's list: it decides
 * who may read it) and a title. {@code filedCategories} holds the identity category a list gave a name where the
 * election's identity definition has none. A later stage plugs in by naming its people (a {@code StageRoster} bean, or a
 * list posted to the API): nothing here knows the stages one by one.
 */
public record ReportList(String electionId, Stage stage, String organizationId, String title, List<String> memberIds,
                         Map<String, String> filedCategories) {

  public ReportList {
    memberIds = List.copyOf(memberIds);
    filedCategories = filedCategories == null ? Map.of() : Map.copyOf(filedCategories);
  }
}
