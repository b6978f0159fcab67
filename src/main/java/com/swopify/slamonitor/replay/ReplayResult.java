package com.swopify.slamonitor.replay;

import java.time.Instant;
import java.util.Map;

/** What a replay counted, besides its output files: "now", and waits per market and outcome. */
public record ReplayResult(Instant asOf, Map<String, Object> accumulators) {

  /** Waits of a market with an outcome: {@code opened}, {@code in_time} or {@code late}. */
  public long waits(String outcome, String market) {
    Object value = accumulators.get("waits." + outcome + "." + market);
    return value instanceof Number n ? n.longValue() : 0L;
  }
}
