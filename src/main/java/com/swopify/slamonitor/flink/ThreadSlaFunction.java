package com.swopify.slamonitor.flink;

import com.swopify.slamonitor.calendar.CalendarChange;
import com.swopify.slamonitor.events.Alert;
import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.FindingReview;
import com.swopify.slamonitor.events.QuickReply;
import com.swopify.slamonitor.events.SellerActivity;
import com.swopify.slamonitor.events.Source;
import com.swopify.slamonitor.events.TakeoverRequest;
import com.swopify.slamonitor.events.ThreadEvent;
import com.swopify.slamonitor.events.WaitOutcome;
import com.swopify.slamonitor.market.MarketRulebook;
import com.swopify.slamonitor.metrics.DecisionMetrics;
import com.swopify.slamonitor.metrics.InputMetrics;
import com.swopify.slamonitor.metrics.MarketWaits;
import com.swopify.slamonitor.metrics.MetricsServer;
import com.swopify.slamonitor.metrics.ReplyMetrics;
import com.swopify.slamonitor.metrics.WaitTally;
import com.swopify.slamonitor.sla.ReplySla;
import com.swopify.slamonitor.sla.SlaOutput;
import com.swopify.slamonitor.sla.ThreadState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple3;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The reply-SLA rules on Flink, keyed by threadId: a thin adapter that keeps each thread's {@link
 * ThreadState} and wakes {@link ReplySla} with event-time timers. Alerts are the main output;
 * breaches, takeover requests and finding reviews leave on side outputs.
 *
 * <p>An event at or behind the watermark (late: delivered after its partition's time had passed it,
 * e.g. after a quiet partition followed the wall clock) is still judged by its event time, at the
 * next watermark: it answers, opens or joins a wait as of its sentAt, and the alerts and breaches
 * it causes carry their event-time instants. What was already emitted is not taken back (a consumer
 * may have acted on it); the daily breach counts emit a corrected record instead. docs/kafka.md
 * ("Late records") says what this means for each kind of record.
 *
 * <p>Metrics: what the rules decide is also counted ({@link ReplyMetrics}). The open and overdue
 * waits per market are checkpointed as operator state next to the threads' keyed state, so the
 * gauges restart from the checkpoint's numbers ({@link WaitTally}).
 */
public final class ThreadSlaFunction
    extends KeyedBroadcastProcessFunction<String, ThreadEvent, CalendarChange, Alert>
    implements CheckpointedFunction {
  private static final long serialVersionUID = 1L;

  /** Each thread's state. */
  static final ValueStateDescriptor<ThreadState> THREADS =
      new ValueStateDescriptor<>("thread-sla", new ThreadStateSerializer());

  /**
   * Every calendar change published so far, by changeId: broadcast state, the same on every
   * subtask, from which the calendars in force are rebuilt after a restore.
   */
  static final MapStateDescriptor<String, CalendarChange> CHANGES =
      new MapStateDescriptor<>("calendar-changes", Types.STRING, EventTypes.calendarChange());

  private final ReplySla rules;
  private final MarketRulebook calendars;
  private final long asOfMillis;
  private final int metricsPort;
  private transient ValueState<ThreadState> threads;
  private transient ListState<Tuple3<String, Long, Long>> checkpointedWaits;
  private transient WaitCounters waitCounters;
  private transient ReplyMetrics metrics;
  private transient InputMetrics inputMetrics;
  private transient MetricsServer.Lease metricsServer;
  private transient boolean changesLoaded;

  /**
   * @param calendars the calendars {@code rules} decide with: the changes published are given to
   *     them
   * @param asOfMillis "now" of a replay: nothing later is decided; Long.MAX_VALUE when live
   * @param metricsPort where this JVM serves /metrics (started once per JVM); 0: not served here
   */
  public ThreadSlaFunction(
      ReplySla rules, MarketRulebook calendars, long asOfMillis, int metricsPort) {
    this.rules = rules;
    this.calendars = calendars;
    this.asOfMillis = asOfMillis;
    this.metricsPort = metricsPort;
  }

  @Override
  public void initializeState(FunctionInitializationContext context) throws Exception {
    checkpointedWaits =
        context
            .getOperatorStateStore()
            .getListState(
                new ListStateDescriptor<>(
                    "open-waits-by-market", Types.TUPLE(Types.STRING, Types.LONG, Types.LONG)));
    metrics = new ReplyMetrics(new DecisionMetrics(asOfMillis == Long.MAX_VALUE), WaitTally.open());
    if (context.isRestored()) {
      List<MarketWaits> restored = new ArrayList<>();
      for (Tuple3<String, Long, Long> entry : checkpointedWaits.get()) {
        restored.add(new MarketWaits(entry.f0, entry.f1, entry.f2));
      }
      metrics.waits().restore(restored);
    }
  }

  @Override
  public void snapshotState(FunctionSnapshotContext context) throws Exception {
    List<Tuple3<String, Long, Long>> entries = new ArrayList<>();
    for (MarketWaits waits : metrics.waits().snapshot()) {
      entries.add(Tuple3.of(waits.market(), waits.open(), waits.overdue()));
    }
    checkpointedWaits.update(entries);
  }

  @Override
  public void open(OpenContext openContext) {
    threads = getRuntimeContext().getState(THREADS);
    waitCounters = new WaitCounters(getRuntimeContext());
    inputMetrics = new InputMetrics();
    metricsServer = MetricsServer.acquireOrWarn(metricsPort);
  }

  @Override
  public void close() throws Exception {
    if (metrics != null) {
      metrics.close();
    }
    if (metricsServer != null) {
      metricsServer.close();
    }
  }

  /**
   * A published calendar change: kept, and given to the calendars. The threads whose open wait it
   * may move are woken at its publishedAt by {@link ThreadSlaOperator}.
   */
  @Override
  public void processBroadcastElement(CalendarChange change, Context ctx, Collector<Alert> out)
      throws Exception {
    loadChanges(ctx.getBroadcastState(CHANGES));
    if (!ctx.getBroadcastState(CHANGES).contains(change.changeId())) {
      ctx.getBroadcastState(CHANGES).put(change.changeId(), change);
      calendars.publish(change);
    }
  }

  /** After a restore, the calendars learn the changes again from the broadcast state. */
  private void loadChanges(ReadOnlyBroadcastState<String, CalendarChange> changes)
      throws Exception {
    if (changesLoaded) {
      return;
    }
    changesLoaded = true;
    for (Map.Entry<String, CalendarChange> entry : changes.immutableEntries()) {
      calendars.publish(entry.getValue());
    }
  }

  @Override
  public void processElement(ThreadEvent event, ReadOnlyContext ctx, Collector<Alert> out)
      throws Exception {
    loadChanges(ctx.getBroadcastState(CHANGES));
    ThreadState state = threads.value();
    if (state == null) {
      state = new ThreadState();
    }
    // A timer at the thread's next wake-up is always registered (onTimer keeps it so); an event
    // needs a timer of its own only when it comes before that. One timer per thread instead of
    // one per event: timers were the largest single cost in the profile (docs/benchmarks.md).
    // A late event's timer lies behind the watermark, so Flink fires it with the next watermark.
    long wakeUp = rules.nextWakeUp(state);
    if (rules.accept(state, event)) {
      // Counted here rather than at parsing: only here are duplicates recognised.
      if (event.kind() == ThreadEvent.Kind.BUYER_MESSAGE) {
        inputMetrics.buyerMessage(event.market());
      }
      if (event.at() <= ctx.timerService().currentWatermark()) {
        inputMetrics.lateEvent(sourceOf(event));
      }
      threads.update(state);
      if (event.at() < wakeUp) {
        ctx.timerService().registerEventTimeTimer(event.at());
      }
    }
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<Alert> out) throws Exception {
    loadChanges(ctx.getBroadcastState(CHANGES));
    ThreadState state = threads.value();
    if (state == null || timestamp > asOfMillis) {
      return;
    }
    // Everything up to the watermark is known, so decide through it at once: a late event's
    // consequences that already lie in the past then come out together, not one per watermark.
    long through = Math.min(Math.max(timestamp, ctx.timerService().currentWatermark()), asOfMillis);
    rules.advance(
        state,
        ctx.getCurrentKey(),
        through,
        new Emitter(ctx, out, waitCounters, metrics, asOfMillis == Long.MAX_VALUE));
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

  private static Source sourceOf(ThreadEvent event) {
    return switch (event.kind()) {
      case BUYER_MESSAGE -> Source.MESSAGES;
      case SELLER_REPLY, AUTOMATED_REPLY -> Source.REPLIES;
      case CASE -> Source.CASES;
      case MARK -> Source.MARKS;
    };
  }

  /** Sends what the rules decide to the function's outputs, its accumulators and its metrics. */
  private static final class Emitter implements SlaOutput {
    private final OnTimerContext ctx;
    private final Collector<Alert> alerts;
    private final WaitCounters waitCounters;
    private final SlaOutput metrics;
    private final boolean live;

    Emitter(
        OnTimerContext ctx,
        Collector<Alert> alerts,
        WaitCounters waitCounters,
        SlaOutput metrics,
        boolean live) {
      this.ctx = ctx;
      this.alerts = alerts;
      this.waitCounters = waitCounters;
      this.metrics = metrics;
      this.live = live;
    }

    @Override
    public void waitOpened(String market) {
      waitCounters.opened(market);
      metrics.waitOpened(market);
    }

    @Override
    public void waitOverdue(String market) {
      metrics.waitOverdue(market);
    }

    @Override
    public void waitAnswered(String market, boolean inTime, long businessMillis) {
      waitCounters.answered(market, inTime);
      metrics.waitAnswered(market, inTime, businessMillis);
    }

    @Override
    public void waitMarked(String market, boolean overdue) {
      metrics.waitMarked(market, overdue);
    }

    @Override
    public void waitDecided(WaitOutcome outcome) {
      ctx.output(OutputTags.WAIT_OUTCOMES, outcome);
    }

    @Override
    public void automatedReply(String market) {
      metrics.automatedReply(market);
    }

    @Override
    public void alert(Alert alert) {
      // emittedAt is wall-clock time: only meaningful live; a replay leaves it out.
      alerts.collect(live ? alert.withEmittedAt(Instant.now()) : alert);
      metrics.alert(alert);
    }

    @Override
    public void breach(Breach breach) {
      ctx.output(OutputTags.BREACHES, breach);
      metrics.breach(breach);
    }

    @Override
    public void takeover(TakeoverRequest takeover) {
      ctx.output(OutputTags.TAKEOVERS, takeover);
      metrics.takeover(takeover);
    }

    @Override
    public void findingReview(FindingReview review) {
      ctx.output(OutputTags.FINDING_REVIEWS, review);
      metrics.findingReview(review);
    }

    @Override
    public void activity(SellerActivity activity) {
      ctx.output(OutputTags.SELLER_ACTIVITY, activity);
    }

    @Override
    public void quickReply(QuickReply reply) {
      ctx.output(OutputTags.QUICK_REPLIES, reply);
    }
  }
}
