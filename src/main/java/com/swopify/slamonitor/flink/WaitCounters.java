package com.swopify.slamonitor.flink;

import java.util.HashMap;
import java.util.Map;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.RuntimeContext;

/**
 * Counts waits per market in Flink accumulators, so that a finished run (the demo, a replay) can
 * report on-time rates. Accumulator names: {@code waits.<outcome>.<market>} with outcome
 * {@code opened}, {@code in_time} or {@code late}.
 */
final class WaitCounters {
  static final String PREFIX = "waits.";

  private final RuntimeContext context;
  private final Map<String, LongCounter> counters = new HashMap<>();

  WaitCounters(RuntimeContext context) {
    this.context = context;
  }

  void opened(String market) {
    counter("opened", market).add(1L);
  }

  void answered(String market, boolean inTime) {
    counter(inTime ? "in_time" : "late", market).add(1L);
  }

  private LongCounter counter(String outcome, String market) {
    return counters.computeIfAbsent(
        PREFIX + outcome + "." + market, name -> context.getLongCounter(name));
  }
}
