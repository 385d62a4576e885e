package cn.congress.nomination.platform;

/** The requested thing does not exist; answered with 404. */
public class NotFoundException extends RuntimeException {
  public NotFoundException(String message) {
    super(message);
  }
}
