package com.swopify.slamonitor.events;

import java.time.Instant;

/**
 * An alert on a thread's reply clock (contract section 2). {@code repliedAt} is set for LATE_REPLY
 * only; {@code emittedAt} only in live mode; {@code calendarChangeId} only when the calendar in
 * force at the decision includes a published change (contract section 11). Durations travel as
 * milliseconds so the record stays a Flink POJO without generic (Kryo) fields.
 */
public record Alert(
    String alertId,
    AlertType type,
    String threadId,
    String sellerId,
    String market,
    String messageId,
    Instant receivedAt,
    Instant dueAt,
    Instant at,
    long businessElapsedMillis,
    Instant repliedAt,
    Instant emittedAt,
    String calendarChangeId) {

  /** The same alert, stamped with the wall-clock time it leaves the monitor (live mode). */
  public Alert withEmittedAt(Instant wallClock) {
    return new Alert(
        alertId,
        type,
        threadId,
        sellerId,
        market,
        messageId,
        receivedAt,
        dueAt,
        at,
        businessElapsedMillis,
        repliedAt,
        wallClock,
        calendarChangeId);
  }
}
