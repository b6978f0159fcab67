package com.swopify.slamonitor.codec;

/**
 * An input record the monitor cannot use. The message is the reason a person reads in the dead
 * letter, so it names the field and the problem and never quotes a message text.
 */
public final class InvalidRecordException extends Exception {
  private static final long serialVersionUID = 1L;

  public InvalidRecordException(String reason) {
    // Bad records are data, not bugs: a stack trace would say nothing and is the expensive part
    // of an exception on a path that may see many of them.
    super(reason, null, false, false);
  }

  public String reason() {
    return getMessage();
  }
}
