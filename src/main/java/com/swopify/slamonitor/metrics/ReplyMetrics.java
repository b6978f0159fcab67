package com.swopify.slamonitor.metrics;

import com.swopify.slamonitor.events.Alert;
import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.FindingReview;
import com.swopify.slamonitor.events.SellerActivity;
import com.swopify.slamonitor.events.TakeoverRequest;
import com.swopify.slamonitor.sla.SlaOutput;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.TimeUnit;

/**
 * The metrics of one subtask of the reply-SLA function: it listens to what the rules decide, like
 * the function's outputs do, and counts it. Owns the subtask's {@link WaitTally}; close it with the
 * subtask.
 */
public final class ReplyMetrics implements SlaOutput, AutoCloseable {
  /** Business time to reply, in buckets around the usual 24-business-hour limit. */
  static final Duration[] REPLY_BUCKETS = {
    Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(2),
    Duration.ofHours(4), Duration.ofHours(8), Duration.ofHours(12), Duration.ofHours(16),
    Duration.ofHours(20), Duration.ofHours(24), Duration.ofHours(32), Duration.ofHours(48),
    Duration.ofHours(72)
  };

  /** The {@code outcome} label of the replies counter, indexed by the constants below. */
  private static final String[] OUTCOMES = {"in_time", "late", "automated"};

  private static final int IN_TIME = 0;
  private static final int LATE = 1;
  private static final int AUTOMATED = 2;

  private final Meters<Counter> replies =
      Meters.counters(
          MonitorMetrics.REPLIES,
          "Seller replies that ended a wait, and automated replies",
          "market",
          "outcome",
          OUTCOMES);
  private final Meters<Timer> replyTimes =
      Meters.histograms(
          MonitorMetrics.REPLY_BUSINESS_TIME,
          "Business time from the buyer message that opened a wait to the reply that ended it",
          REPLY_BUCKETS,
          "market");
  private final DecisionMetrics decisions;
  private final WaitTally waits;

  public ReplyMetrics(DecisionMetrics decisions, WaitTally waits) {
    this.decisions = decisions;
    this.waits = waits;
  }

  /** Registers every counter series of these markets, with every outcome, at 0. */
  void registerAtZero(Collection<String> markets) {
    replies.registerAll(markets);
    decisions.registerAtZero(markets);
  }

  public WaitTally waits() {
    return waits;
  }

  @Override
  public void alert(Alert alert) {
    decisions.alert(alert);
  }

  @Override
  public void breach(Breach breach) {
    decisions.breach(breach);
  }

  @Override
  public void takeover(TakeoverRequest takeover) {
    decisions.takeover(takeover);
  }

  @Override
  public void findingReview(FindingReview review) {
    decisions.findingReview(review);
  }

  @Override
  public void activity(SellerActivity activity) {
    // Seller activity is input for the absence rules, not a number anyone watches.
  }

  @Override
  public void waitOpened(String market) {
    waits.opened(market);
  }

  @Override
  public void waitOverdue(String market) {
    waits.becameOverdue(market);
  }

  @Override
  public void waitAnswered(String market, boolean inTime, long businessMillis) {
    // A reply after the deadline ends a wait that became overdue at the deadline.
    waits.answered(market, !inTime);
    replies.of(market, inTime ? IN_TIME : LATE).increment();
    replyTimes.of(market).record(businessMillis, TimeUnit.MILLISECONDS);
  }

  @Override
  public void waitMarked(String market, boolean overdue) {
    // A mark ends the wait without a reply: it leaves the open (and overdue) gauges, no reply.
    waits.answered(market, overdue);
  }

  @Override
  public void automatedReply(String market) {
    replies.of(market, AUTOMATED).increment();
  }

  @Override
  public void close() {
    waits.close();
  }
}
