package com.swopify.slamonitor.sla;

import java.util.Arrays;

/**
 * The wait of a thread for a seller reply: the clock of its earliest unanswered buyer message and
 * the instants at which something is due. Its deadlines are the at-risk thresholds in ascending
 * order, then dueAt, then the takeover point; they are fixed when the wait opens.
 *
 * <p>Kept small, because every open thread holds one: no thread id (the state's key has it), and
 * the seller id and market code are the JVM's canonical copies ({@link String#intern}), shared by
 * all of a seller's open threads instead of one copy per thread as the events brought them. An
 * interned string is collected once no state refers to it. The deadlines are fields rather than an
 * array (markets have one or two at-risk thresholds; only further ones take an array): an array of
 * three would cost 40 bytes of its own per open thread.
 */
public final class OpenWait {
  final String messageId;
  final String sellerId;
  final String market;
  final long receivedAt;
  private final long firstAtRisk;
  private final long dueAt;
  private final long takeoverAt;

  /** The at-risk thresholds after the first; null when there are at most one. */
  private final long[] laterAtRisk;

  private final byte atRiskCount;

  /**
   * @param deadlines at-risk thresholds..., dueAt, takeover point (at least the last two)
   */
  public OpenWait(
      String messageId, String sellerId, String market, long receivedAt, long[] deadlines) {
    // At most a byte's worth, so that the state can count the fired ones in a byte.
    if (deadlines.length < 2 || deadlines.length > Byte.MAX_VALUE) {
      throw new IllegalArgumentException(
          "an open wait has dueAt, a takeover point and at most "
              + (Byte.MAX_VALUE - 2)
              + " at-risk thresholds, not "
              + deadlines.length
              + " deadlines");
    }
    this.messageId = messageId;
    this.sellerId = sellerId.intern();
    this.market = market.intern();
    this.receivedAt = receivedAt;
    this.atRiskCount = (byte) (deadlines.length - 2);
    this.firstAtRisk = atRiskCount > 0 ? deadlines[0] : 0;
    this.laterAtRisk = atRiskCount > 1 ? Arrays.copyOfRange(deadlines, 1, atRiskCount) : null;
    this.dueAt = deadlines[atRiskCount];
    this.takeoverAt = deadlines[atRiskCount + 1];
  }

  public String messageId() {
    return messageId;
  }

  public String sellerId() {
    return sellerId;
  }

  public String market() {
    return market;
  }

  public long receivedAt() {
    return receivedAt;
  }

  /** The deadlines as a new array: at-risk thresholds..., dueAt, takeover point. */
  public long[] deadlines() {
    long[] deadlines = new long[deadlineCount()];
    for (int i = 0; i < deadlines.length; i++) {
      deadlines[i] = deadline(i);
    }
    return deadlines;
  }

  int deadlineCount() {
    return atRiskCount + 2;
  }

  /** Deadline {@code i} in the order of {@link #deadlines()}. */
  long deadline(int i) {
    if (i < atRiskCount) {
      return i == 0 ? firstAtRisk : laterAtRisk[i - 1];
    }
    return i == atRiskCount ? dueAt : takeoverAt;
  }

  long dueAt() {
    return dueAt;
  }

  int atRiskCount() {
    return atRiskCount;
  }
}
