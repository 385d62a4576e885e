package cn.congress.nomination.platform;

import cn.congress.nomination.organization.UnknownOrganizationException;
import cn.congress.nomination.security.AccessDeniedException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Turns domain exceptions into clear JSON answers: what went wrong, and for validation every violation. */
@RestControllerAdvice(basePackages = "cn.congress.nomination")
class ApiExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  record ApiError(int status, String message, List<Violation> violations) {}

  @ExceptionHandler(ValidationException.class)
  ResponseEntity<ApiError> invalid(ValidationException e) {
    return answer(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage(), e.violations());
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<ApiError> denied(AccessDeniedException e) {
    return answer(HttpStatus.FORBIDDEN, e.getMessage(), List.of());
  }

  @ExceptionHandler(UnknownOrganizationException.class)
  ResponseEntity<ApiError> unknownOrganization(UnknownOrganizationException e) {
    return answer(HttpStatus.NOT_FOUND, e.getMessage(), List.of());
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<ApiError> notFound(NotFoundException e) {
    return answer(HttpStatus.NOT_FOUND, e.getMessage(), List.of());
  }

  @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
  ResponseEntity<ApiError> unreadable(Exception e) {
    log.debug("Unreadable request", e);
    return answer(HttpStatus.BAD_REQUEST, "请求格式错误：" + rootMessage(e), List.of());
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) t = t.getCause();
    String m = t.getMessage();
    return m == null ? t.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
  }

  private static ResponseEntity<ApiError> answer(HttpStatus status, String message, List<Violation> violations) {
    return ResponseEntity.status(status).body(new ApiError(status.value(), message, violations));
  }
}
