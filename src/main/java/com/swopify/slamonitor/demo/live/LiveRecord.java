package com.swopify.slamonitor.demo.live;

import com.swopify.slamonitor.demo.HelpdeskStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One input record of the live demo: its stream, when it is due to be sent, its Kafka key, and its
 * line, whose event time is set when it is sent. A broken line whose event time cannot be found is
 * sent as it is (the monitor dead-letters it either way).
 *
 * @param key the contract's key (threadId), or null when the line has none
 * @param timeStart where the event time's text starts in {@code line}; -1 when it has none
 * @param timeEnd where it ends (exclusive)
 */
public record LiveRecord(
    HelpdeskStream stream, Instant dueAt, String key, String line, int timeStart, int timeEnd) {

  /** The line with {@code sentAt} as its event time, in UTC, to the millisecond. */
  public String lineAt(Instant sentAt) {
    if (timeStart < 0) {
      return line;
    }
    return line.substring(0, timeStart)
        + sentAt.truncatedTo(ChronoUnit.MILLIS)
        + line.substring(timeEnd);
  }
}
