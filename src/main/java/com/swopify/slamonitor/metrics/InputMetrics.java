package com.swopify.slamonitor.metrics;

import com.swopify.slamonitor.events.Source;
import io.micrometer.core.instrument.Counter;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** Counts what arrives: buyer messages by market, dead letters by input stream. */
public final class InputMetrics {
  private final Meters<Counter> buyerMessages =
      Meters.counters(MonitorMetrics.BUYER_MESSAGES, "Buyer messages received", "market");
  private final Meters<Counter> lateEvents =
      Meters.counters(
          MonitorMetrics.LATE_EVENTS, "Events that arrived behind the watermark", "source");
  private final Meters<Counter> deadLetters =
      Meters.counters(MonitorMetrics.DEAD_LETTERS, "Records sent to the dead letters", "source");

  /** The input streams records arrive on (the markets file is read, not streamed). */
  private static final List<String> SOURCES =
      Arrays.stream(Source.values())
          .filter(source -> source != Source.MARKETS)
          .map(Source::wireName)
          .toList();

  /** Registers every series of these markets and of every input stream, at 0. */
  void registerAtZero(Collection<String> markets) {
    buyerMessages.registerAll(markets);
    lateEvents.registerAll(SOURCES);
    deadLetters.registerAll(SOURCES);
  }

  /** A buyer message was accepted: valid, not after "now", its messageId new. */
  public void buyerMessage(String market) {
    buyerMessages.of(market).increment();
  }

  /**
   * An event arrived behind the watermark: it is still judged by its event time, but decisions it
   * would have changed were already emitted. A steady rate says the watermark bound is too tight.
   */
  public void lateEvent(Source source) {
    lateEvents.of(source.wireName()).increment();
  }

  /** A record went to the dead letters: unusable at parsing. */
  public void deadLetter(Source source) {
    deadLetters.of(source.wireName()).increment();
  }
}
