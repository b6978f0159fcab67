package com.swopify.slamonitor.events;

import java.time.Instant;

/**
 * A "no response needed" mark on a buyer message (contract section 9): it stops the message's clock
 * from {@code markedAt} on, or from the message's own sentAt if that is later.
 */
public record MessageMark(
    String markId,
    String messageId,
    String threadId,
    String sellerId,
    String market,
    Instant markedAt,
    MarkedBy markedBy) {

  /** Who set the mark. */
  public enum MarkedBy {
    SELLER,
    AGENT
  }
}
