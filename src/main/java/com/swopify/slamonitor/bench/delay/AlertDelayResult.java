package com.swopify.slamonitor.bench.delay;

import java.io.PrintWriter;
import java.time.Duration;

/**
 * What {@code bench --alert-delay} saw.
 *
 * @param sent records the broker acknowledged
 * @param failed records the broker refused
 * @param fed how long the feed ran
 * @param atRisk delays of the probes' AT_RISK alerts, from their at-risk point
 * @param overdue delays of the probes' OVERDUE alerts, from their deadline
 * @param backgroundAlerts alerts of answered threads: none, unless a record was lost or reordered
 *     (an answer comes half a second of event time after its message, whatever the job's lag)
 * @param probes probe threads opened
 */
public record AlertDelayResult(
    long sent,
    long failed,
    Duration fed,
    Delays atRisk,
    Delays overdue,
    long backgroundAlerts,
    long probes) {

  public double eventsPerSecond() {
    return sent * 1000.0 / Math.max(1, fed.toMillis());
  }

  /** The p99 from a deadline to its OVERDUE alert read from Kafka, in milliseconds. */
  public long overdueP99Millis() {
    return overdue.percentile(99);
  }

  void print(PrintWriter out) {
    out.printf(
        "alert delay: %d records sent in %.0f s, %.0f events/s on average; %d refused by"
            + " the broker; %d alerts of answered threads (0 expected)%n",
        sent, fed.toMillis() / 1000.0, eventsPerSecond(), failed, backgroundAlerts);
    line(out, "AT_RISK", atRisk);
    line(out, "OVERDUE", overdue);
    out.printf(
        "bench: alert-delay p99=%.2f s (OVERDUE, from the deadline to the alert read from"
            + " Kafka, %.0f events/s)%n",
        overdueP99Millis() / 1000.0, eventsPerSecond());
    out.flush();
  }

  private void line(PrintWriter out, String type, Delays delays) {
    out.printf(
        "alert delay: %s %d of %d probes: p50 %.2f s, p90 %.2f s, p99 %.2f s, max %.2f s%n",
        type,
        delays.count(),
        probes,
        delays.percentile(50) / 1000.0,
        delays.percentile(90) / 1000.0,
        delays.percentile(99) / 1000.0,
        delays.max() / 1000.0);
  }
}
