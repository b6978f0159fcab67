package com.swopify.slamonitor.bench;

import com.swopify.slamonitor.codec.OutputJson;
import com.swopify.slamonitor.events.BreachType;
import com.swopify.slamonitor.events.WaitOutcome;
import com.swopify.slamonitor.flink.ScorebookSerializer;
import com.swopify.slamonitor.market.Markets;
import com.swopify.slamonitor.scorecard.Scorebook;
import com.swopify.slamonitor.scorecard.ScorecardSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;

/**
 * The cost of the seller scorecards (contract section 10) behind {@code bench --scorecards}:
 *
 * <ul>
 *   <li>the serialized state of one seller in one market after 90 days of history, what a
 *       checkpoint or RocksDB holds per seller and market ({@link ScorebookSerializer}), for a
 *       typical seller and for a heavy one (every day busy, every breach type every day);
 *   <li>the daily flush: the work each seller's own timer does when its market's day closes, for
 *       many sellers one after the other as one subtask would run them: read its state
 *       (deserialize, as RocksDB does), close the day (one record), write the state back and encode
 *       the record as the sink does. No state is shared between sellers, so p subtasks share the
 *       flush.
 *   <li>the pipeline's events per second without and with marks and scorecards, in the same run
 *       ({@link ScorecardCost}).
 * </ul>
 *
 * Last line: {@code bench: scorecard-state=<bytes> heavy=<bytes> flush=<ms> sellers=<n>
 * off=<events/s> on=<events/s> drop=<percent>}.
 */
public final class ScorecardBench {
  public static final int DEFAULT_SELLERS = 100_000;
  public static final int MAX_STATE_BYTES = 2048;
  private static final LocalDate FIRST_DAY = LocalDate.parse("2026-08-03");
  private static final String MARKET = "SK";
  private static final int RUNS = 5;

  /**
   * @param typicalBytes serialized bytes of a typical seller's 90-day state in one market
   * @param heavyBytes the same for a seller busy every day with every breach type every day
   * @param records the records one flush emitted
   * @param flushNanos the median time of one flush of all sellers, one thread
   * @param offEventsPerSecond the pipeline without marks and scorecards, median
   * @param onEventsPerSecond the pipeline with them, median
   * @param sellerScores the seller-score records of the last pipeline run with scorecards
   * @param rejectedMarks marks of that run that went to the dead letters
   */
  public record Report(
      int sellers,
      int typicalBytes,
      int heavyBytes,
      long records,
      long flushNanos,
      double offEventsPerSecond,
      double onEventsPerSecond,
      long sellerScores,
      long rejectedMarks) {}

  private ScorecardBench() {}

  /**
   * @param sellers sellers in the flush
   * @param pipeline the pipeline runs' workload size, parallelism, state, warm-ups and runs
   */
  public static Report run(int sellers, Bench.Options pipeline, Markets markets, PrintWriter out)
      throws Exception {
    if (sellers < 1) {
      throw new IllegalArgumentException("--sellers: must be at least 1, was " + sellers);
    }
    ScorebookSerializer serializer = new ScorebookSerializer();
    int typical = serializedSize(book(new Random(1), false), serializer);
    int heavy = serializedSize(book(new Random(2), true), serializer);
    say(
        out,
        "scorecard state per seller and market, 90 days of history: %d bytes serialized"
            + " (typical: 1 to 20 waits a day on 5 days of 7, a breach on some days), %d bytes"
            + " (heavy: 100 to 400 waits every day, every breach type every day); limit %d",
        typical,
        heavy,
        MAX_STATE_BYTES);

    // The sellers' states as RocksDB holds them: serialized, one entry per seller.
    Random random = new Random(3);
    byte[][] states = new byte[sellers][];
    for (int s = 0; s < sellers; s++) {
      states[s] = bytes(book(random, false), serializer);
    }
    long closing = FIRST_DAY.plusDays(89).toEpochDay();
    long[] runs = new long[RUNS];
    long records = 0;
    for (int run = 0; run <= RUNS; run++) {
      // The first pass warms the JIT up and is not counted.
      byte[][] copy = states.clone();
      long started = System.nanoTime();
      long[] emitted = {0, 0};
      DataOutputSerializer buffer = new DataOutputSerializer(512);
      DataInputDeserializer input = new DataInputDeserializer();
      for (int s = 0; s < sellers; s++) {
        input.setBuffer(copy[s]);
        Scorebook book = serializer.deserialize(input);
        String seller = "seller-" + s;
        book.closeThrough(
            closing,
            seller,
            MARKET,
            ScorecardSettings.DEFAULTS,
            score -> {
              emitted[0]++;
              emitted[1] += OutputJson.sellerScore(score).length();
            });
        buffer.clear();
        serializer.serialize(book, buffer);
        copy[s] = buffer.getCopyOfBuffer();
      }
      long elapsed = System.nanoTime() - started;
      records = emitted[0];
      if (run > 0) {
        runs[run - 1] = elapsed;
      }
      say(
          out,
          "flush %d%s: %d sellers, %d records in %.0f ms",
          run + 1,
          run == 0 ? " (warm-up)" : "",
          sellers,
          emitted[0],
          elapsed / 1e6);
    }
    Arrays.sort(runs);
    long median = runs[RUNS / 2];
    say(
        out,
        "daily flush: %.0f ms for %d sellers (%d records, %.1f µs per seller; one thread,"
            + " median of %d runs after a warm-up); at parallelism p each subtask flushes its"
            + " own sellers' timers, about 1/p of it",
        median / 1e6,
        sellers,
        records,
        median / 1e3 / sellers,
        RUNS);

    Workload workload = Workload.generate(pipeline.events());
    ScorecardCost.Result cost =
        ScorecardCost.run(
            workload,
            pipeline.replaySettings(markets, workload),
            pipeline.parallelism(),
            pipeline.stateBackend(),
            pipeline.warmUps(),
            pipeline.runs(),
            out);
    say(
        out,
        "pipeline with marks and scorecards: %.0f events/s against %.0f without (%d records,"
            + " %d marks added; parallelism %d, %s, %s, median of %d runs each after %d"
            + " warm-ups): a drop of %.1f%% (negative: faster)",
        cost.onEventsPerSecond(),
        cost.offEventsPerSecond(),
        workload.size(),
        cost.marks(),
        pipeline.parallelism(),
        pipeline.stateName(),
        pipeline.textsName(),
        pipeline.runs(),
        pipeline.warmUps(),
        100 * cost.drop());
    say(
        out,
        "bench: scorecard-state=%d heavy=%d flush=%.0f sellers=%d off=%.0f on=%.0f"
            + " drop=%.1f%%",
        typical,
        heavy,
        median / 1e6,
        sellers,
        cost.offEventsPerSecond(),
        cost.onEventsPerSecond(),
        100 * cost.drop());
    return new Report(
        sellers,
        typical,
        heavy,
        records,
        median,
        cost.offEventsPerSecond(),
        cost.onEventsPerSecond(),
        cost.sellerScores(),
        cost.rejectedMarks());
  }

  /**
   * A seller's scorebook in one market after 90 days, with the records through the day before the
   * last out, as the daily flush finds it.
   */
  static Scorebook book(Random random, boolean heavy) {
    Scorebook book = new Scorebook();
    for (int d = 0; d < 90; d++) {
      LocalDate day = FIRST_DAY.plusDays(d);
      if (!heavy && day.getDayOfWeek().getValue() > 5) {
        continue;
      }
      int waits = heavy ? 100 + random.nextInt(301) : 1 + random.nextInt(20);
      for (int w = 0; w < waits; w++) {
        int draw = random.nextInt(20);
        WaitOutcome.Kind kind =
            draw < 16
                ? WaitOutcome.Kind.REPLIED_IN_TIME
                : draw < 18 ? WaitOutcome.Kind.OVERDUE : WaitOutcome.Kind.MARKED;
        book.add(outcome(kind, random), day, true);
        if (kind == WaitOutcome.Kind.OVERDUE) {
          book.add(outcome(WaitOutcome.Kind.REPLIED_LATE, random), day, true);
        }
      }
      for (BreachType type : BreachType.values()) {
        if (heavy || random.nextInt(40) == 0) {
          book.add(type, day, true);
        }
      }
    }
    book.closeThrough(
        FIRST_DAY.plusDays(88).toEpochDay(),
        "seller",
        MARKET,
        ScorecardSettings.DEFAULTS,
        score -> {});
    return book;
  }

  private static WaitOutcome outcome(WaitOutcome.Kind kind, Random random) {
    // Business time to reply: up to a day and a half.
    long millis =
        kind == WaitOutcome.Kind.MARKED || kind == WaitOutcome.Kind.OVERDUE
            ? 0
            : (long) random.nextInt(36 * 3600) * 1000 + random.nextInt(1000);
    return new WaitOutcome(kind, "seller", MARKET, 0L, millis);
  }

  static int serializedSize(Scorebook book, ScorebookSerializer serializer) throws IOException {
    return bytes(book, serializer).length;
  }

  private static byte[] bytes(Scorebook book, ScorebookSerializer serializer) throws IOException {
    DataOutputSerializer buffer = new DataOutputSerializer(512);
    serializer.serialize(book, buffer);
    return buffer.getCopyOfBuffer();
  }

  private static void say(PrintWriter out, String format, Object... args) {
    out.println(String.format(Locale.ROOT, format, args));
    out.flush();
  }
}
