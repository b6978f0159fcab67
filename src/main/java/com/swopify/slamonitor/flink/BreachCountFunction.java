package com.swopify.slamonitor.flink;

import com.swopify.slamonitor.calendar.MarketsConfig;
import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.BreachCount;
import com.swopify.slamonitor.sla.BreachDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
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
 * once, when event time has passed the end of that day.
 */
public final class BreachCountFunction extends KeyedProcessFunction<String, Breach, BreachCount> {
  private static final long serialVersionUID = 1L;

  private final MarketsConfig markets;
  private final long asOfMillis;
  private transient MapState<String, Long> counts;

  public BreachCountFunction(MarketsConfig markets, long asOfMillis) {
    this.markets = markets;
    this.asOfMillis = asOfMillis;
  }

  @Override
  public void open(OpenContext openContext) {
    counts = getRuntimeContext().getMapState(
        new MapStateDescriptor<>("breach-counts", Types.STRING, Types.LONG));
  }

  @Override
  public void processElement(Breach breach, Context ctx, Collector<BreachCount> out)
      throws Exception {
    ZoneId zone = zoneOf(breach.market());
    BreachDay bucket = BreachDay.of(breach.market(), breach.occurredAt(), zone, breach.type());
    String key = bucket.key();
    Long count = counts.get(key);
    counts.put(key, count == null ? 1L : count + 1);
    long closesAt = bucket.closesAt(zone);
    if (closesAt <= asOfMillis) {
      ctx.timerService().registerEventTimeTimer(closesAt);
    }
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<BreachCount> out)
      throws Exception {
    List<String> closed = new ArrayList<>();
    for (Iterator<Map.Entry<String, Long>> it = counts.iterator(); it.hasNext(); ) {
      Map.Entry<String, Long> entry = it.next();
      BreachDay bucket = BreachDay.ofKey(entry.getKey());
      if (bucket.closesAt(zoneOf(bucket.market())) <= timestamp) {
        out.collect(new BreachCount(ctx.getCurrentKey(), bucket.market(), bucket.type(),
            bucket.day(), entry.getValue()));
        closed.add(entry.getKey());
      }
    }
    for (String key : closed) {
      counts.remove(key);
    }
  }

  private ZoneId zoneOf(String market) {
    return markets.market(market).zone();
  }
}
