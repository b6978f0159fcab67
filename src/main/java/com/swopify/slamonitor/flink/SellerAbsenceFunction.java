package com.swopify.slamonitor.flink;

import com.swopify.slamonitor.absence.AbsenceOutput;
import com.swopify.slamonitor.absence.SellerAbsenceState;
import com.swopify.slamonitor.absence.SellerAbsences;
import com.swopify.slamonitor.codec.DeadLetters;
import com.swopify.slamonitor.events.AbsenceNotice;
import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.DeadLetter;
import com.swopify.slamonitor.events.Details;
import com.swopify.slamonitor.events.SellerActivity;
import com.swopify.slamonitor.events.Source;
import com.swopify.slamonitor.events.TakeoverRequest;
import com.swopify.slamonitor.metrics.DecisionMetrics;
import com.swopify.slamonitor.metrics.InputMetrics;
import java.time.Instant;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The seller-absence rules on Flink, keyed by sellerId: absence notices on the first input, the
 * thread function's seller activity on the second. A thin adapter, like {@link ThreadSlaFunction}:
 * it keeps each seller's {@link SellerAbsenceState} and wakes {@link SellerAbsences} with
 * event-time timers. Breaches are the main output; takeover requests and dead letters leave on
 * side outputs.
 *
 * <p>A notice whose notifiedAt is at or behind the watermark comes after decisions it could have
 * changed, so it goes to the dead letters, as late thread events do. Activity cannot be late: the
 * thread function emits it from its timers, before it forwards the watermark that passed it.
 *
 * <p>What it decides and dead-letters is counted into the JVM's metrics like the thread
 * function's decisions, so the breach, takeover and dead-letter counters match the output streams.
 */
public final class SellerAbsenceFunction
    extends KeyedCoProcessFunction<String, AbsenceNotice, SellerActivity, Breach> {
  private static final long serialVersionUID = 1L;

  private final SellerAbsences rules;
  private final long asOfMillis;
  private transient ValueState<SellerAbsenceState> sellers;
  private transient DecisionMetrics decisions;
  private transient InputMetrics inputMetrics;

  /** @param asOfMillis "now" of a replay: nothing later is decided; Long.MAX_VALUE when live */
  public SellerAbsenceFunction(SellerAbsences rules, long asOfMillis) {
    this.rules = rules;
    this.asOfMillis = asOfMillis;
  }

  @Override
  public void open(OpenContext openContext) {
    sellers = getRuntimeContext().getState(
        new ValueStateDescriptor<>("seller-absences", new SellerAbsenceStateSerializer()));
    decisions = new DecisionMetrics(asOfMillis == Long.MAX_VALUE);
    inputMetrics = new InputMetrics();
  }

  @Override
  public void processElement1(AbsenceNotice notice, Context ctx, Collector<Breach> out)
      throws Exception {
    long at = notice.notifiedAt().toEpochMilli();
    long watermark = ctx.timerService().currentWatermark();
    if (at <= watermark) {
      ctx.output(OutputTags.DEAD_LETTERS, lateNotice(notice, watermark));
      inputMetrics.deadLetter(Source.ABSENCES);
      return;
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
    rules.advance(state, ctx.getCurrentKey(), timestamp, new Emitter(ctx, out, decisions));
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

  private static DeadLetter lateNotice(AbsenceNotice notice, long watermark) {
    String reason = "late: event time " + notice.notifiedAt()
        + " is not after the watermark " + Instant.ofEpochMilli(watermark)
        + "; raise the watermark bound if the Helpdesk delivers this late";
    String raw = Details.object()
        .put("noticeId", notice.noticeId())
        .put("sellerId", notice.sellerId())
        .put("market", notice.market())
        .put("notifiedAt", notice.notifiedAt())
        .put("firstDay", notice.firstDay().toString())
        .put("lastDay", notice.lastDay().toString())
        .put("status", notice.status())
        .json();
    return DeadLetters.of(Source.ABSENCES, reason, raw, null, null, null);
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
