package cn.congress.nomination.demo;

import java.util.List;

/** The block printed at start-up: where to go and how to log in. */
final class DemoBanner {
  private DemoBanner() {}

  /** A row of the logins table. */
  record Login(String id, String password, String role, String organization) {}

  /** Addresses of the running application. */
  record Urls(String base, String camundaPath, String docsPath) {
    String camunda(String app) {
      return base + camundaPath + "/app/" + app + "/";
    }
  }

  static String render(Urls urls, DemoDistrict.Summary summary, List<Login> logins, List<Login> patterns) {
    String rule = "=".repeat(100);
    StringBuilder out = new StringBuilder("\n").append(rule).append('\n')
        .append(" Nomination engine: demo district ready\n")
        .append("   Tasklist  ").append(urls.camunda("tasklist")).append('\n')
        .append("   Cockpit   ").append(urls.camunda("cockpit")).append('\n')
        .append("   Admin     ").append(urls.camunda("admin")).append('\n')
        .append("   API docs  ").append(urls.base()).append(urls.docsPath()).append('\n')
        .append((" Data: %d recommending units (%d working committees, %d party committees), "
            + "%d intermediate committees, %d branches, %,d members%n")
            .formatted(summary.recommendingUnits(), summary.workingCommittees(), summary.partyCommittees(),
                summary.committees(), summary.branches(), summary.members()))
        .append(" Logins:\n");
    row(out, "login", "password", "role", "organization");
    for (Login login : logins) row(out, login.id(), login.password(), login.role(), login.organization());
    out.append(" The same for every unit, committee and branch:\n");
    for (Login login : patterns) row(out, login.id(), login.password(), login.role(), login.organization());
    return out.append(rule).toString();
  }

  private static void row(StringBuilder out, String id, String password, String role, String organization) {
    out.append("   ").append(pad(id, 20)).append(pad(password, 14)).append(pad(role, 30)).append(organization)
        .append('\n');
  }

  /** Pads to a width in terminal columns: a Chinese character takes two. */
  static String pad(String text, int width) {
    int columns = text.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
        || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x3000 && c <= 0x303F) ? 2 : 1).sum();
    return text + " ".repeat(Math.max(1, width - columns));
  }
}
