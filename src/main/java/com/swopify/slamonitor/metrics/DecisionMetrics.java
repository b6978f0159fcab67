package com.swopify.slamonitor.metrics;

import com.swopify.slamonitor.events.Alert;
import com.swopify.slamonitor.events.AlertType;
import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.BreachType;
import com.swopify.slamonitor.events.Finding.FindingType;
import com.swopify.slamonitor.events.FindingReview;
import com.swopify.slamonitor.events.TakeoverReason;
import com.swopify.slamonitor.events.TakeoverRequest;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Counts the job's decisions: alerts, breaches, takeover requests and finding reviews by market and
 * type or reason, and, when the job runs live, how long after its instant each alert left.
 */
public final class DecisionMetrics {
  /** Alert delay buckets around the 2 s objective of the alert rules. */
  static final Duration[] ALERT_DELAY_BUCKETS = {
    Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
    Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10),
    Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(5)
  };

  private final Meters<Counter> alerts =
      Meters.counters(
          MonitorMetrics.ALERTS,
          "Alerts emitted",
          "market",
          "type",
          Meters.names(AlertType.values()));
  private final Meters<Counter> breaches =
      Meters.counters(
          MonitorMetrics.BREACHES,
          "Breaches decided",
          "market",
          "type",
          Meters.names(BreachType.values()));
  private final Meters<Counter> takeovers =
      Meters.counters(
          MonitorMetrics.TAKEOVERS,
          "Takeover requests",
          "market",
          "reason",
          Meters.names(TakeoverReason.values()));
  private final Meters<Counter> findingReviews =
      Meters.counters(
          MonitorMetrics.FINDING_REVIEWS,
          "Detector findings sent to a person because their confidence was below the review threshold",
          "market",
          "finding",
          Meters.names(FindingType.values()));
  private final boolean live;
  private final LongSupplier wallClock;

  /** Registered with the first alert recorded live, so that a replay never shows it. */
  private Timer alertDelay;

  /**
   * @param live whether the job runs live: a replay emits alerts long after their instant, so their
   *     delay means nothing there and is not recorded
   */
  public DecisionMetrics(boolean live) {
    this(live, System::currentTimeMillis);
  }

  DecisionMetrics(boolean live, LongSupplier wallClock) {
    this.live = live;
    this.wallClock = wallClock;
  }

  /** Registers every series of these markets, with every type and reason, at 0. */
  void registerAtZero(Collection<String> markets) {
    alerts.registerAll(markets);
    breaches.registerAll(markets);
    takeovers.registerAll(markets);
    findingReviews.registerAll(markets);
  }

  public void alert(Alert alert) {
    alerts.of(alert.market(), alert.type().ordinal()).increment();
    if (live) {
      long delay = Math.max(0L, wallClock.getAsLong() - alert.at().toEpochMilli());
      if (alertDelay == null) {
        alertDelay =
            Meters.histogram(
                    MonitorMetrics.ALERT_DELAY,
                    "Wall-clock time from an alert's instant to its emission (live only)",
                    ALERT_DELAY_BUCKETS)
                .apply(Tags.empty());
      }
      alertDelay.record(delay, TimeUnit.MILLISECONDS);
    }
  }

  public void breach(Breach breach) {
    breaches.of(breach.market(), breach.type().ordinal()).increment();
  }

  public void takeover(TakeoverRequest takeover) {
    takeovers.of(takeover.market(), takeover.reason().ordinal()).increment();
  }

  public void findingReview(FindingReview review) {
    findingReviews.of(review.market(), review.finding().ordinal()).increment();
  }
}
