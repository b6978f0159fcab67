package com.swopify.slamonitor.flink;

import com.swopify.slamonitor.absence.AbsenceOutput;
import com.swopify.slamonitor.absence.SellerAbsenceState;
import com.swopify.slamonitor.absence.SellerAbsences;
import com.swopify.slamonitor.events.AbsenceNotice;
import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.SellerActivity;
import com.swopify.slamonitor.events.Source;
import com.swopify.slamonitor.events.TakeoverRequest;
import com.swopify.slamonitor.metrics.DecisionMetrics;
import com.swopify.slamonitor.metrics.InputMetrics;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The seller-absence rules on Flink, keyed by sellerId: absence notices on the first input, the
 * thread function's seller activity on the second. A thin adapter, like {@link ThreadSlaFunction}:
 * it keeps each seller's {@link SellerAbsenceState} and wakes {@link SellerAbsences} with
 * event-time timers. Breaches are the main output; takeover requests leave on a side output.
 *
 * <p>A notice or activity at or behind the watermark (late) is still judged by its event time, at
 * the next watermark, as late thread events are; what was already emitted stands. Activity is late
 * only when the thread event behind it was.
 *
 * <p>What it decides is counted into the JVM's metrics like the thread function's decisions, so the
 * breach and takeover counters match the output streams.
 */
public final class SellerAbsenceFunction
    extends KeyedCoProcessFunction<String, AbsenceNotice, SellerActivity, Breach> {
  private static final long serialVersionUID = 1L;

  private final SellerAbsences rules;
  private final long asOfMillis;
  private transient ValueState<SellerAbsenceState> sellers;
  private transient DecisionMetrics decisions;
  private transient InputMetrics inputMetrics;

  /**
   * @param asOfMillis "now" of a replay: nothing later is decided; Long.MAX_VALUE when live
   */
  public SellerAbsenceFunction(SellerAbsences rules, long asOfMillis) {
    this.rules = rules;
    this.asOfMillis = asOfMillis;
  }

  @Override
  public void open(OpenContext openContext) {
    sellers =
        getRuntimeContext()
            .getState(
                new ValueStateDescriptor<>("seller-absences", new SellerAbsenceStateSerializer()));
    decisions = new DecisionMetrics(asOfMillis == Long.MAX_VALUE);
    inputMetrics = new InputMetrics();
  }

  @Override
  public void processElement1(AbsenceNotice notice, Context ctx, Collector<Breach> out)
      throws Exception {
    long at = notice.notifiedAt().toEpochMilli();
    if (at <= ctx.timerService().currentWatermark()) {
      inputMetrics.lateEvent(Source.ABSENCES);
    }
    SellerAbsenceState state = stateOrNew();
    long wakeUp = rules.nextWakeUp(state);
    if (rules.accept(state, notice)) {
      sellers.update(state);
      registerIfEarlier(ctx, at, wakeUp);
    }
  }

  @Override
  public void processElement2(SellerActivity activity, Context ctx, Collector<Breach> out)
      throws Exception {
    SellerAbsenceState state = stateOrNew();
    long wakeUp = rules.nextWakeUp(state);
    rules.accept(state, activity);
    sellers.update(state);
    registerIfEarlier(ctx, activity.at(), wakeUp);
  }

  /**
   * A timer at the seller's next wake-up is always registered (onTimer keeps it so); an input
   * buffered by accept needs its own timer only when it comes before that. One timer per seller
   * instead of one per input: timers were the largest single cost in the profile.
   */
  private static void registerIfEarlier(Context ctx, long at, long wakeUp) {
    if (at < wakeUp) {
      ctx.timerService().registerEventTimeTimer(at);
    }
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<Breach> out) throws Exception {
    SellerAbsenceState state = sellers.value();
    if (state == null || timestamp > asOfMillis) {
      return;
    }
    // Decide through the watermark at once, so a late input's past consequences come out together.
    long through = Math.min(Math.max(timestamp, ctx.timerService().currentWatermark()), asOfMillis);
    rules.advance(state, ctx.getCurrentKey(), through, new Emitter(ctx, out, decisions));
    if (state.isEmpty()) {
      sellers.clear();
      return;
    }
    sellers.update(state);
    long next = rules.nextWakeUp(state);
    if (next != Long.MAX_VALUE && next <= asOfMillis) {
      ctx.timerService().registerEventTimeTimer(next);
    }
  }

  private SellerAbsenceState stateOrNew() throws Exception {
    SellerAbsenceState state = sellers.value();
    return state == null ? new SellerAbsenceState() : state;
  }

  /** Sends what the rules decide to the function's outputs and its metrics. */
  private static final class Emitter implements AbsenceOutput {
    private final OnTimerContext ctx;
    private final Collector<Breach> breaches;
    private final DecisionMetrics decisions;

    Emitter(OnTimerContext ctx, Collector<Breach> breaches, DecisionMetrics decisions) {
      this.ctx = ctx;
      this.breaches = breaches;
      this.decisions = decisions;
    }

    @Override
    public void breach(Breach breach) {
      breaches.collect(breach);
      decisions.breach(breach);
    }

    @Override
    public void takeover(TakeoverRequest takeover) {
      ctx.output(OutputTags.TAKEOVERS, takeover);
      decisions.takeover(takeover);
    }
  }
}
