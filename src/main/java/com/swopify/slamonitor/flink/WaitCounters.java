package com.swopify.slamonitor.flink;

import java.util.HashMap;
import java.util.Map;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.RuntimeContext;

/**
 * Counts waits per market in Flink accumulators, so that a finished run (the demo, a replay) can
 * report on-time rates. Accumulator names: {@code waits.<outcome>.<market>} with outcome {@code
 * opened}, {@code in_time} or {@code late}.
 *
 * <p>A market's three counters are looked up once and kept: building the name per wait showed in
 * the profile (docs/benchmarks.md).
 */
final class WaitCounters {
  static final String PREFIX = "waits.";
  private static final String[] OUTCOMES = {"opened", "in_time", "late"};
  private static final int OPENED = 0;
  private static final int IN_TIME = 1;
  private static final int LATE = 2;

  private final RuntimeContext context;
  private final Map<String, LongCounter[]> byMarket = new HashMap<>();

  WaitCounters(RuntimeContext context) {
    this.context = context;
  }

  void opened(String market) {
    counter(market, OPENED).add(1L);
  }

  void answered(String market, boolean inTime) {
    counter(market, inTime ? IN_TIME : LATE).add(1L);
  }

  /** Registered on first use, so that an outcome that never happened has no series. */
  private LongCounter counter(String market, int outcome) {
    LongCounter[] counters =
        byMarket.computeIfAbsent(market, m -> new LongCounter[OUTCOMES.length]);
    LongCounter counter = counters[outcome];
    if (counter == null) {
      counter = context.getLongCounter(PREFIX + OUTCOMES[outcome] + "." + market);
      counters[outcome] = counter;
    }
    return counter;
  }
}
