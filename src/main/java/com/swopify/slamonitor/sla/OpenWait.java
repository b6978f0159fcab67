package com.swopify.slamonitor.sla;

/**
 * The wait of a thread for a seller reply: the clock of its earliest unanswered buyer message and
 * the instants at which something is due. {@code deadlines} holds the at-risk thresholds in
 * ascending order, then dueAt, then the takeover point; they are fixed when the wait opens.
 */
public final class OpenWait {
  final String threadId;
  final String messageId;
  final String sellerId;
  final String market;
  final long receivedAt;
  final long[] deadlines;

  public OpenWait(
      String threadId, String messageId, String sellerId, String market, long receivedAt,
      long[] deadlines) {
    this.threadId = threadId;
    this.messageId = messageId;
    this.sellerId = sellerId;
    this.market = market;
    this.receivedAt = receivedAt;
    this.deadlines = deadlines;
  }

  public String threadId() {
    return threadId;
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

  /** A copy of the deadlines: at-risk thresholds..., dueAt, takeover point. */
  public long[] deadlines() {
    return deadlines.clone();
  }

  long dueAt() {
    return deadlines[deadlines.length - 2];
  }

  long takeoverAt() {
    return deadlines[deadlines.length - 1];
  }

  int atRiskCount() {
    return deadlines.length - 2;
  }
}
