package com.swopify.slamonitor.flink;

import com.swopify.slamonitor.calendar.CalendarChange;
import com.swopify.slamonitor.events.Alert;
import com.swopify.slamonitor.events.ThreadEvent;
import com.swopify.slamonitor.market.MarketRulebook;
import com.swopify.slamonitor.sla.ReplySla;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.state.heap.HeapKeyedStateBackend;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;

/**
 * The reply-SLA operator in a test harness, keyed by thread, with the calendar changes as its
 * broadcast input. Advance time with {@code watermark(t)}: the operator's time is the least of its
 * two inputs' watermarks.
 */
public final class ThreadSlaHarness {
  private ThreadSlaHarness() {}

  public static KeyedBroadcastOperatorTestHarness<String, ThreadEvent, CalendarChange, Alert> of(
      ReplySla rules, MarketRulebook calendars, long asOfMillis, int metricsPort) throws Exception {
    return new KeyedBroadcastOperatorTestHarness<>(
        new ThreadSlaOperator(new ThreadSlaFunction(rules, calendars, asOfMillis, metricsPort)),
        ThreadEvent::threadId,
        Types.STRING,
        1,
        1,
        0);
  }

  /** How many keyed state entries the operator holds (heap state backend). */
  public static int keyedStateEntries(
      KeyedBroadcastOperatorTestHarness<String, ThreadEvent, CalendarChange, Alert> harness) {
    AbstractStreamOperator<?> operator = (AbstractStreamOperator<?>) harness.getTwoInputOperator();
    return ((HeapKeyedStateBackend<?>) operator.getKeyedStateBackend()).numKeyValueStateEntries();
  }
}
