package cn.congress.nomination.election;

/** The reference scenario's election (test resource district-reference.json) for tests of other packages. */
public final class ReferenceElections {
  private ReferenceElections() {}

  /** As stored: defaults applied, status DRAFT, electoral unit "eu-district", units "ru-01" … "ru-23". */
  public static Election district() {
    return ReferenceConfig.election();
  }

  /** The reference configuration as JSON text, for tests that create it over the API. */
  public static String json() {
    return ReferenceConfig.text();
  }
}
