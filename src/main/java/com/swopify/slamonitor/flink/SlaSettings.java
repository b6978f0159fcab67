package com.swopify.slamonitor.flink;

import com.swopify.slamonitor.calendar.MarketsConfig;
import java.io.Serializable;
import java.time.Duration;

/**
 * What the job needs to know besides its inputs.
 *
 * @param asOfMillis "now" in a replay: later events are ignored and nothing later is emitted;
 *     Long.MAX_VALUE when live
 * @param watermarkBound how late (in event time) an input event may arrive and still be
 *     processed; null in a replay, where input order does not matter at all because decisions
 *     wait for the end of the input
 * @param idRetention how long message ids are remembered for de-duplication, and how long a
 *     quiet thread keeps its state
 */
public record SlaSettings(
    MarketsConfig markets, long asOfMillis, Duration watermarkBound, Duration idRetention)
    implements Serializable {

  public static final Duration DEFAULT_ID_RETENTION = Duration.ofDays(30);

  public static SlaSettings replay(MarketsConfig markets, long asOfMillis) {
    return new SlaSettings(markets, asOfMillis, null, DEFAULT_ID_RETENTION);
  }
}
