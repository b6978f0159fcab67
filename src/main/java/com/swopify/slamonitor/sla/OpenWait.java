package com.swopify.slamonitor.sla;

/**
 * The wait of a thread for a seller reply: the clock of its earliest unanswered buyer message and
 * the instants at which something is due. {@code deadlines} holds the at-risk thresholds in
 * ascending order, then dueAt, then the takeover point; they are fixed when the wait opens.
 *
 * <p>Kept small, because every open thread holds one: no thread id (the state's key has it), and
 * the seller id and market code are the JVM's canonical copies ({@link String#intern}), shared by
 * all of a seller's open threads instead of one copy per thread as the events brought them. An
 * interned string is collected once no state refers to it.
 */
public final class OpenWait {
  final String messageId;
  final String sellerId;
  final String market;
  final long receivedAt;
  final long[] deadlines;

  public OpenWait(
      String messageId, String sellerId, String market, long receivedAt, long[] deadlines) {
    this.messageId = messageId;
    this.sellerId = sellerId.intern();
    this.market = market.intern();
    this.receivedAt = receivedAt;
    this.deadlines = deadlines;
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
