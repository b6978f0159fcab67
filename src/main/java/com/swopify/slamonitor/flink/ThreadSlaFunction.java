package com.swopify.slamonitor.flink;

import com.swopify.slamonitor.codec.DeadLetters;
import com.swopify.slamonitor.events.Alert;
import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.Details;
import com.swopify.slamonitor.events.SellerActivity;
import com.swopify.slamonitor.events.Source;
import com.swopify.slamonitor.events.TakeoverRequest;
import com.swopify.slamonitor.events.ThreadEvent;
import com.swopify.slamonitor.sla.ReplySla;
import com.swopify.slamonitor.sla.SlaOutput;
import com.swopify.slamonitor.sla.ThreadState;
import java.time.Instant;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The reply-SLA rules on Flink, keyed by threadId: a thin adapter that keeps each thread's
 * {@link ThreadState} and wakes {@link ReplySla} with event-time timers. Alerts are the main
 * output; breaches and takeover requests leave on side outputs.
 *
 * <p>An event at or behind the watermark arrives after decisions it could change were made (and
 * after downstream breach counts may have closed its day), so it is not processed but sent to the
 * dead letters: nothing is lost silently, and the output stays independent of arrival order.
 */
public final class ThreadSlaFunction extends KeyedProcessFunction<String, ThreadEvent, Alert> {
  private static final long serialVersionUID = 1L;

  private final ReplySla rules;
  private final long asOfMillis;
  private transient ValueState<ThreadState> threads;
  private transient WaitCounters waitCounters;

  /** @param asOfMillis "now" of a replay: nothing later is decided; Long.MAX_VALUE when live */
  public ThreadSlaFunction(ReplySla rules, long asOfMillis) {
    this.rules = rules;
    this.asOfMillis = asOfMillis;
  }

  @Override
  public void open(OpenContext openContext) {
    threads = getRuntimeContext().getState(
        new ValueStateDescriptor<>("thread-sla", new ThreadStateSerializer()));
    waitCounters = new WaitCounters(getRuntimeContext());
  }

  @Override
  public void processElement(ThreadEvent event, Context ctx, Collector<Alert> out) throws Exception {
    long watermark = ctx.timerService().currentWatermark();
    if (event.at() <= watermark) {
      ctx.output(OutputTags.DEAD_LETTERS, lateEvent(event, watermark));
      return;
    }
    ThreadState state = threads.value();
    if (state == null) {
      state = new ThreadState();
    }
    if (rules.accept(state, event)) {
      threads.update(state);
      ctx.timerService().registerEventTimeTimer(event.at());
    }
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<Alert> out) throws Exception {
    ThreadState state = threads.value();
    if (state == null || timestamp > asOfMillis) {
      return;
    }
    rules.advance(state, timestamp, new Emitter(ctx, out, waitCounters));
    if (state.isEmpty()) {
      threads.clear();
      return;
    }
    threads.update(state);
    long next = rules.nextWakeUp(state);
    if (next != Long.MAX_VALUE && next <= asOfMillis) {
      ctx.timerService().registerEventTimeTimer(next);
    }
  }

  private static com.swopify.slamonitor.events.DeadLetter lateEvent(ThreadEvent event, long watermark) {
    Source source = switch (event.kind()) {
      case BUYER_MESSAGE -> Source.MESSAGES;
      case SELLER_REPLY, AUTOMATED_REPLY -> Source.REPLIES;
      case CASE -> Source.CASES;
    };
    String reason = "late: event time " + Instant.ofEpochMilli(event.at())
        + " is not after the watermark " + Instant.ofEpochMilli(watermark)
        + "; raise the watermark bound if the Helpdesk delivers this late";
    String raw = Details.object()
        .put("id", event.id())
        .put("threadId", event.threadId())
        .put("sellerId", event.sellerId())
        .put("market", event.market())
        .put("at", Instant.ofEpochMilli(event.at()))
        .json();
    return DeadLetters.of(source, reason, raw, null, null, null);
  }

  /** Sends what the rules decide to the function's outputs. */
  private static final class Emitter implements SlaOutput {
    private final OnTimerContext ctx;
    private final Collector<Alert> alerts;
    private final WaitCounters waitCounters;

    Emitter(OnTimerContext ctx, Collector<Alert> alerts, WaitCounters waitCounters) {
      this.ctx = ctx;
      this.alerts = alerts;
      this.waitCounters = waitCounters;
    }

    @Override
    public void waitOpened(String market) {
      waitCounters.opened(market);
    }

    @Override
    public void waitAnswered(String market, boolean inTime, long businessMillis) {
      waitCounters.answered(market, inTime);
    }

    @Override
    public void alert(Alert alert) {
      alerts.collect(alert);
    }

    @Override
    public void breach(Breach breach) {
      ctx.output(OutputTags.BREACHES, breach);
    }

    @Override
    public void takeover(TakeoverRequest takeover) {
      ctx.output(OutputTags.TAKEOVERS, takeover);
    }

    @Override
    public void activity(SellerActivity activity) {
      ctx.output(OutputTags.SELLER_ACTIVITY, activity);
    }
  }
}
