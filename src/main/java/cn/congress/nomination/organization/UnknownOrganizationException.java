package cn.congress.nomination.organization;

public class UnknownOrganizationException extends RuntimeException {
  public UnknownOrganizationException(String id) {
    super("组织不存在: " + id);
  }
}
