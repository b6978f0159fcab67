package com.swopify.slamonitor.cli;

/** A problem the user can fix (a missing file, a bad argument): reported as one line, exit 2. */
public final class UserError extends RuntimeException {
  public UserError(String message) {
    super(message);
  }
}
