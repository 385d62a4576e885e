package cn.congress.nomination.security;

/** The signed-in user may not see or change what they asked for; answered with 403 and this message. */
public class AccessDeniedException extends RuntimeException {
  public AccessDeniedException(String message) {
    super(message);
  }
}
