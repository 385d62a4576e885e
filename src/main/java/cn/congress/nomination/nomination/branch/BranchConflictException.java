package cn.congress.nomination.nomination.branch;

/** The request does not fit the record's state (locked once submitted, not yet submitted, already fixed): 409. */
class BranchConflictException extends RuntimeException {
  BranchConflictException(String message) {
    super(message);
  }
}
