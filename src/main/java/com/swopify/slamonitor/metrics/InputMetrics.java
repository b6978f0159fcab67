package com.swopify.slamonitor.metrics;

import com.swopify.slamonitor.events.Source;

/** Counts what arrives: buyer messages by market, dead letters by input stream. */
public final class InputMetrics {
  private final Meters meters = new Meters();

  /** A buyer message was accepted: valid, not after "now", not late, its messageId new. */
  public void buyerMessage(String market) {
    meters.counter(MonitorMetrics.BUYER_MESSAGES, "Buyer messages received", "market", market)
        .increment();
  }

  /** A record went to the dead letters: unusable at parsing, or late behind the watermark. */
  public void deadLetter(Source source) {
    meters.counter(MonitorMetrics.DEAD_LETTERS, "Records sent to the dead letters",
        "source", source.wireName()).increment();
  }
}
