package cn.congress.nomination.organization.imports;

/** The file cannot be read further (not UTF-8, broken quoting, not a workbook); reported as a violation at its line. */
class UnreadableFileException extends RuntimeException {

  private final Integer line;

  UnreadableFileException(Integer line, String message, Throwable cause) {
    super(message, cause);
    this.line = line;
  }

  /** The line where reading failed, null when it is not known. */
  Integer line() {
    return line;
  }
}
