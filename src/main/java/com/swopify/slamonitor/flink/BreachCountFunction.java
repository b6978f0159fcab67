package com.swopify.slamonitor.flink;

import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.BreachCount;
import com.swopify.slamonitor.sla.BreachDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Counts breaches per seller (the key), market, market-local day and type, and emits each count
 * when event time has passed the end of that day by {@code closeDelayMillis}: breaches decided that
 * much after their occurredAt (templated replies, judged one template window later) are then
 * counted with their day instead of arriving as corrections.
 *
 * <p>A breach can still arrive for a day already emitted: a late event (one delivered behind the
 * watermark) is judged by its event time, so its breach belongs to its own day. Then a corrected
 * record for the same (seller, market, day, type) follows, with the new total: consumers keep the
 * latest record per key (an upsert, or a compacted topic). So that the total is right, emitted
 * counts are remembered for {@code correctionMillis} after their day closed, the same span for
 * which message ids are remembered; a breach even later than that starts a new count.
 */
public final class BreachCountFunction extends KeyedProcessFunction<String, Breach, BreachCount> {
  private static final long serialVersionUID = 1L;

  /** Each market's zone: its days are local dates. */
  private final Map<String, ZoneId> zones;

  private final long asOfMillis;
  private final long closeDelayMillis;
  private final long correctionMillis;

  /** Counts of days not yet emitted. */
  private transient MapState<String, Long> counts;

  /** Counts already emitted, kept for corrections until their day is correctionMillis old. */
  private transient MapState<String, Long> emitted;

  public BreachCountFunction(
      Map<String, ZoneId> zones, long asOfMillis, long closeDelayMillis, long correctionMillis) {
    this.zones = Map.copyOf(zones);
    this.asOfMillis = asOfMillis;
    this.closeDelayMillis = closeDelayMillis;
    this.correctionMillis = correctionMillis;
  }

  @Override
  public void open(OpenContext openContext) {
    counts =
        getRuntimeContext()
            .getMapState(new MapStateDescriptor<>("breach-counts", Types.STRING, Types.LONG));
    emitted =
        getRuntimeContext()
            .getMapState(
                new MapStateDescriptor<>("breach-counts-emitted", Types.STRING, Types.LONG));
  }

  @Override
  public void processElement(Breach breach, Context ctx, Collector<BreachCount> out)
      throws Exception {
    ZoneId zone = zoneOf(breach.market());
    BreachDay bucket = BreachDay.of(breach.market(), breach.occurredAt(), zone, breach.type());
    String key = bucket.key();
    Long count = counts.get(key);
    if (count == null) {
      // A late breach of a day already emitted reopens its count: the correction adds to it.
      count = emitted.get(key);
      emitted.remove(key);
    }
    counts.put(key, count == null ? 1L : count + 1);
    long emitAt = bucket.closesAt(zone) + closeDelayMillis;
    if (emitAt <= asOfMillis) {
      // Behind the watermark for a late breach: Flink fires it with the next watermark.
      ctx.timerService().registerEventTimeTimer(emitAt);
    }
  }

  /**
   * Closes every day the watermark has passed, not only the timer's: everything up to the watermark
   * is known. The timers of the other days closed here are deleted, and of the correction deadlines
   * only the next one is kept, so a seller's timers do not each rescan all of its counts: in a
   * replay the final watermark releases them all at once.
   */
  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<BreachCount> out)
      throws Exception {
    long through = Math.min(Math.max(timestamp, ctx.timerService().currentWatermark()), asOfMillis);
    List<String> closed = new ArrayList<>();
    for (Map.Entry<String, Long> entry : counts.entries()) {
      BreachDay bucket = BreachDay.ofKey(entry.getKey());
      long emitAt = bucket.closesAt(zoneOf(bucket.market())) + closeDelayMillis;
      if (emitAt <= through) {
        out.collect(
            new BreachCount(
                ctx.getCurrentKey(),
                bucket.market(),
                bucket.type(),
                bucket.day(),
                entry.getValue()));
        closed.add(entry.getKey());
        emitted.put(entry.getKey(), entry.getValue());
        ctx.timerService().deleteEventTimeTimer(emitAt);
      }
    }
    for (String key : closed) {
      counts.remove(key);
    }
    forgetCorrectableCounts(ctx, through);
  }

  /** Forgets emitted counts older than the correction span; one timer waits for the next. */
  private void forgetCorrectableCounts(OnTimerContext ctx, long through) throws Exception {
    List<String> expired = new ArrayList<>();
    long nextForget = Long.MAX_VALUE;
    for (String key : emitted.keys()) {
      BreachDay bucket = BreachDay.ofKey(key);
      long forgetAt = bucket.closesAt(zoneOf(bucket.market())) + correctionMillis;
      if (forgetAt <= through) {
        expired.add(key);
      } else {
        nextForget = Math.min(nextForget, forgetAt);
      }
    }
    for (String key : expired) {
      emitted.remove(key);
    }
    if (nextForget != Long.MAX_VALUE && nextForget <= asOfMillis) {
      ctx.timerService().registerEventTimeTimer(nextForget);
    }
  }

  private ZoneId zoneOf(String market) {
    return zones.get(market);
  }
}
