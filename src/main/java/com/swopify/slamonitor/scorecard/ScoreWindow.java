package com.swopify.slamonitor.scorecard;

import com.swopify.slamonitor.events.BreachType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * The figures of one window of a scorecard (contract section 10), as counts: the rate and the mean
 * are derived from them.
 *
 * @param waits waits decided late or on time by a reply
 * @param onTime of those, on time
 * @param markedWaits waits decided on time by a mark
 * @param replies replies that ended a wait
 * @param replyMillis the business time of those replies, summed
 * @param breaches breaches per {@link BreachType} ordinal
 */
public record ScoreWindow(
    long waits, long onTime, long markedWaits, long replies, long replyMillis, long[] breaches) {

  public ScoreWindow {
    breaches = breaches.clone();
  }

  /** onTime / waits rounded half-up to 4 decimals; null without waits. */
  public BigDecimal onTimeRate() {
    if (waits == 0) {
      return null;
    }
    return BigDecimal.valueOf(onTime).divide(BigDecimal.valueOf(waits), 4, RoundingMode.HALF_UP);
  }

  /** The mean business time to reply, whole seconds rounded down; null without replies. */
  public Long meanReplyBusinessSeconds() {
    return replies == 0 ? null : replyMillis / (replies * 1000);
  }

  /** Whether the window holds a decided wait or a breach: only then is there a record. */
  public boolean decidesAnything() {
    return waits + markedWaits + Arrays.stream(breaches).sum() > 0;
  }

  public long breaches(BreachType type) {
    return type.ordinal() < breaches.length ? breaches[type.ordinal()] : 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScoreWindow w
        && waits == w.waits
        && onTime == w.onTime
        && markedWaits == w.markedWaits
        && replies == w.replies
        && replyMillis == w.replyMillis
        && Arrays.equals(breaches, w.breaches);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(waits * 31 + onTime) * 31 + Arrays.hashCode(breaches);
  }

  @Override
  public String toString() {
    return "ScoreWindow[waits="
        + waits
        + ", onTime="
        + onTime
        + ", markedWaits="
        + markedWaits
        + ", replies="
        + replies
        + ", replyMillis="
        + replyMillis
        + ", breaches="
        + Arrays.toString(breaches)
        + "]";
  }
}
