package com.swopify.slamonitor.flink;

import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.WaitOutcome;
import com.swopify.slamonitor.metrics.SellerGrades;
import com.swopify.slamonitor.scorecard.Grade;
import com.swopify.slamonitor.scorecard.Scorebook;
import com.swopify.slamonitor.scorecard.ScorecardSettings;
import com.swopify.slamonitor.scorecard.SellerScore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.common.typeutils.base.StringSerializer;
import org.apache.flink.api.java.tuple.Tuple3;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The seller scorecards (contract section 10), keyed by sellerId: decided waits and replies from
 * the reply rules on one input, breaches on the other, counted in a {@link Scorebook} per market
 * (per-day buckets). A day's records go out when event time has passed the end of that market-local
 * day by {@code closeDelayMillis}: the moment its breach counts go out ({@link
 * BreachCountFunction}), so that the day's template breaches are in.
 *
 * <p>Every seller has timers of its own, at its markets' next closing; nothing is shared between
 * sellers. A decided wait or breach that arrives after its day's record went out (a late event)
 * counts in the windows of the records still to come; no record is taken back.
 *
 * <p>Metrics: the sellers per grade and market, and the grade changes ({@link SellerGrades}); the
 * per-grade counts are checkpointed as operator state next to the scorebooks, so the gauges restart
 * from the checkpoint's numbers.
 */
public final class SellerScoreFunction
    extends KeyedCoProcessFunction<String, WaitOutcome, Breach, SellerScore>
    implements CheckpointedFunction {
  private static final long serialVersionUID = 1L;

  /** Each market's zone: its days are local dates. */
  private final Map<String, ZoneId> zones;

  private final Map<String, ScorecardSettings> scorecards;
  private final long asOfMillis;
  private final long closeDelayMillis;
  private transient MapState<String, Scorebook> books;
  private transient ListState<Tuple3<String, String, Long>> checkpointedGrades;
  private transient SellerGrades grades;

  public SellerScoreFunction(
      Map<String, ZoneId> zones,
      Map<String, ScorecardSettings> scorecards,
      long asOfMillis,
      long closeDelayMillis) {
    this.zones = Map.copyOf(zones);
    this.scorecards = Map.copyOf(scorecards);
    this.asOfMillis = asOfMillis;
    this.closeDelayMillis = closeDelayMillis;
  }

  @Override
  public void initializeState(FunctionInitializationContext context) throws Exception {
    checkpointedGrades =
        context
            .getOperatorStateStore()
            .getListState(
                new ListStateDescriptor<>(
                    "sellers-by-grade", Types.TUPLE(Types.STRING, Types.STRING, Types.LONG)));
    grades = SellerGrades.open();
    if (context.isRestored()) {
      List<SellerGrades.Entry> restored = new ArrayList<>();
      for (Tuple3<String, String, Long> entry : checkpointedGrades.get()) {
        restored.add(new SellerGrades.Entry(entry.f0, entry.f1, entry.f2));
      }
      grades.restore(restored);
    }
  }

  @Override
  public void snapshotState(FunctionSnapshotContext context) throws Exception {
    List<Tuple3<String, String, Long>> entries = new ArrayList<>();
    for (SellerGrades.Entry entry : grades.snapshot()) {
      entries.add(Tuple3.of(entry.market(), entry.grade(), entry.sellers()));
    }
    checkpointedGrades.update(entries);
  }

  @Override
  public void close() throws Exception {
    if (grades != null) {
      grades.close();
    }
  }

  @Override
  public void open(OpenContext openContext) {
    books =
        getRuntimeContext()
            .getMapState(
                new MapStateDescriptor<>(
                    "seller-scorebooks", StringSerializer.INSTANCE, new ScorebookSerializer()));
  }

  @Override
  public void processElement1(WaitOutcome outcome, Context ctx, Collector<SellerScore> out)
      throws Exception {
    ZoneId zone = zoneOf(outcome.market());
    LocalDate day = LocalDate.ofInstant(Instant.ofEpochMilli(outcome.at()), zone);
    Scorebook book = book(outcome.market());
    book.add(outcome, day, isOpen(day, zone, ctx));
    keep(outcome.market(), book, ctx);
  }

  @Override
  public void processElement2(Breach breach, Context ctx, Collector<SellerScore> out)
      throws Exception {
    ZoneId zone = zoneOf(breach.market());
    LocalDate day = LocalDate.ofInstant(breach.occurredAt(), zone);
    Scorebook book = book(breach.market());
    book.add(breach.type(), day, isOpen(day, zone, ctx));
    keep(breach.market(), book, ctx);
  }

  private Scorebook book(String market) throws Exception {
    Scorebook book = books.get(market);
    return book == null ? new Scorebook() : book;
  }

  private boolean isOpen(LocalDate day, ZoneId zone, Context ctx) {
    return emitAt(day.toEpochDay(), zone) > ctx.timerService().currentWatermark();
  }

  private void keep(String market, Scorebook book, Context ctx) throws Exception {
    books.put(market, book);
    if (book.nextDay() != Scorebook.NOT_STARTED) {
      long at = emitAt(book.nextDay(), zoneOf(market));
      if (at <= asOfMillis) {
        ctx.timerService().registerEventTimeTimer(at);
      }
    }
  }

  /** Closes, in every market of the seller, each day that event time has passed. */
  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<SellerScore> out)
      throws Exception {
    long through = Math.min(Math.max(timestamp, ctx.timerService().currentWatermark()), asOfMillis);
    List<String> finished = new ArrayList<>();
    for (Map.Entry<String, Scorebook> entry : books.entries()) {
      String market = entry.getKey();
      ZoneId zone = zoneOf(market);
      Scorebook book = entry.getValue();
      long lastDay = lastClosedDay(through, zone);
      if (book.nextDay() > lastDay) {
        continue;
      }
      Grade before = book.lastGrade();
      book.closeThrough(
          lastDay,
          ctx.getCurrentKey(),
          market,
          scorecards.get(market),
          score -> {
            grades.recorded(score);
            out.collect(score);
          });
      grades.moved(market, before, book.lastGrade());
      if (book.nextDay() == Scorebook.NOT_STARTED) {
        finished.add(market);
        continue;
      }
      entry.setValue(book);
      long next = emitAt(book.nextDay(), zone);
      if (next <= asOfMillis) {
        ctx.timerService().registerEventTimeTimer(next);
      }
    }
    for (String market : finished) {
      books.remove(market);
    }
  }

  /** When the record of a day (epoch day) goes out: its last millisecond plus the delay. */
  private long emitAt(long epochDay, ZoneId zone) {
    return LocalDate.ofEpochDay(epochDay + 1).atStartOfDay(zone).toInstant().toEpochMilli()
        - 1
        + closeDelayMillis;
  }

  /** The last day (epoch day) whose record is due at {@code through}. */
  private long lastClosedDay(long through, ZoneId zone) {
    long startOfDayAfter = through - closeDelayMillis + 1;
    return LocalDate.ofInstant(Instant.ofEpochMilli(startOfDayAfter), zone).toEpochDay() - 1;
  }

  private ZoneId zoneOf(String market) {
    return zones.get(market);
  }
}
