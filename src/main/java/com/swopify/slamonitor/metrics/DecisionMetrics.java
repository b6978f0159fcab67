package com.swopify.slamonitor.metrics;

import com.swopify.slamonitor.events.Alert;
import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.TakeoverRequest;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Counts the job's decisions: alerts, breaches and takeover requests by market and type or
 * reason, and, when the job runs live, how long after its instant each alert left.
 */
public final class DecisionMetrics {
  /** Alert delay buckets around the 2 s objective of the alert rules. */
  static final Duration[] ALERT_DELAY_BUCKETS = {
    Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
    Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10),
    Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(5)
  };

  private final Meters meters = new Meters();
  private final boolean live;
  private final LongSupplier wallClock;

  /**
   * @param live whether the job runs live: a replay emits alerts long after their instant, so
   *     their delay means nothing there and is not recorded
   */
  public DecisionMetrics(boolean live) {
    this(live, System::currentTimeMillis);
  }

  DecisionMetrics(boolean live, LongSupplier wallClock) {
    this.live = live;
    this.wallClock = wallClock;
  }

  public void alert(Alert alert) {
    meters.counter(MonitorMetrics.ALERTS, "Alerts emitted",
        "market", alert.market(), "type", alert.type().name()).increment();
    if (live) {
      long delay = Math.max(0L, wallClock.getAsLong() - alert.at().toEpochMilli());
      meters.histogram(MonitorMetrics.ALERT_DELAY,
          "Wall-clock time from an alert's instant to its emission (live only)",
          ALERT_DELAY_BUCKETS).record(Duration.ofMillis(delay));
    }
  }

  public void breach(Breach breach) {
    meters.counter(MonitorMetrics.BREACHES, "Breaches decided",
        "market", breach.market(), "type", breach.type().name()).increment();
  }

  public void takeover(TakeoverRequest takeover) {
    meters.counter(MonitorMetrics.TAKEOVERS, "Takeover requests",
        "market", takeover.market(), "reason", takeover.reason().name()).increment();
  }
}
