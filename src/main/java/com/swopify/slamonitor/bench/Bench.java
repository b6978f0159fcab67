package com.swopify.slamonitor.bench;

import com.swopify.slamonitor.detect.DetectorSettings;
import com.swopify.slamonitor.detect.Detectors;
import com.swopify.slamonitor.detect.TextMemo;
import com.swopify.slamonitor.flink.SlaSettings;
import com.swopify.slamonitor.market.Markets;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * The capacity benchmark behind the {@code bench} command: the monitor's full job on the embedded
 * Flink against the same work in a plain loop, over one generated workload held in memory. Prints
 * one line per run and then the figures, the last line in the fixed form {@code bench:
 * pipeline=<events/s> baseline=<events/s> ratio=<pipeline per core / baseline>}.
 */
public final class Bench {
  public static final int MAX_THREADS_OPEN = 5_000_000;

  /**
   * @param events input records of the workload
   * @param threadsOpen open threads whose state is measured
   * @param parallelism the embedded job's parallelism
   * @param warmUps at most this many runs of each side before the measured ones, not counted; the
   *     warm-up stops early once two consecutive runs agree within 5% ({@link WarmUp})
   * @param runs measured runs of each side; the figures are their medians
   * @param kafkaBootstrap when not null, the pipeline runs end to end through the Kafka brokers
   *     there (the Kafka-mode job, exactly once) instead of from memory to discarding sinks
   * @param stateBackend the pipeline's keyed state: {@code hashmap} (heap) or {@code rocksdb}
   * @param analyseTexts whether both sides read the texts with the policy detectors, as the job
   *     does by default; false measures the rest of the work alone
   * @param textCache whether the detectors remember what they found per text, as the job does by
   *     default ({@code detectors.textCacheSize}); false reads every text afresh
   */
  public record Options(
      int events,
      int threadsOpen,
      int parallelism,
      int warmUps,
      int runs,
      String kafkaBootstrap,
      String stateBackend,
      boolean analyseTexts,
      boolean textCache) {
    public static final String HEAP = "hashmap";
    public static final String ROCKSDB = "rocksdb";

    /** RocksDB's factory, which only a classpath with the RocksDB state backend has. */
    private static final String ROCKSDB_FACTORY =
        "org.apache.flink.state.rocksdb.EmbeddedRocksDBStateBackendFactory";

    public static final int DEFAULT_EVENTS = 500_000;
    public static final int DEFAULT_THREADS_OPEN = 100_000;

    /** Enough for the JIT and G1 to settle on the default workload with room to spare. */
    public static final int DEFAULT_WARM_UPS = 10;

    public static final int DEFAULT_RUNS = 5;

    public Options {
      if (events < 1 || events > Workload.MAX_EVENTS) {
        throw new IllegalArgumentException(
            "--events: must be between 1 and " + Workload.MAX_EVENTS + ", was " + events);
      }
      if (threadsOpen < 1 || threadsOpen > MAX_THREADS_OPEN) {
        throw new IllegalArgumentException(
            "--threads-open: must be between 1 and " + MAX_THREADS_OPEN + ", was " + threadsOpen);
      }
      if (parallelism < 1) {
        throw new IllegalArgumentException("--parallelism: must be at least 1, was " + parallelism);
      }
      if (warmUps < 0) {
        throw new IllegalArgumentException("warm-ups: must not be negative, was " + warmUps);
      }
      if (runs < 1) {
        throw new IllegalArgumentException("--runs: must be at least 1, was " + runs);
      }
      if (kafkaBootstrap != null && kafkaBootstrap.isBlank()) {
        throw new IllegalArgumentException("--kafka: needs the brokers' bootstrap servers");
      }
      if (!HEAP.equals(stateBackend) && !ROCKSDB.equals(stateBackend)) {
        throw new IllegalArgumentException(
            "--state-backend: hashmap or rocksdb, was " + stateBackend);
      }
      if (kafkaBootstrap != null && !analyseTexts) {
        throw new IllegalArgumentException(
            "--no-text-analysis: not with --kafka, whose job" + " always reads the texts");
      }
      if (!analyseTexts && !textCache) {
        throw new IllegalArgumentException(
            "--no-text-cache: not with --no-text-analysis, which" + " reads no texts");
      }
      if (ROCKSDB.equals(stateBackend) && !onClasspath(ROCKSDB_FACTORY)) {
        throw new IllegalArgumentException(
            "--state-backend rocksdb: RocksDB is not in this jar"
                + " (a Flink cluster brings its own); run bench/state.sh --bench from the project");
      }
    }

    /** The job's settings for a replay of the workload, texts read or not. */
    SlaSettings replaySettings(Markets markets, Workload workload) {
      SlaSettings settings =
          SlaSettings.replay(markets, workload.asOf().toEpochMilli())
              .withDetectors(detectorSettings());
      return analyseTexts ? settings : settings.withoutTextAnalysis();
    }

    /** The detectors' default settings, their memo of text analysis on or off. */
    DetectorSettings detectorSettings() {
      DetectorSettings defaults = DetectorSettings.defaults();
      return textCache ? defaults : defaults.withTextCacheSize(0);
    }

    /** How the figures name the text analysis. */
    String textsName() {
      return !analyseTexts
          ? "no text analysis"
          : textCache ? "texts analysed" : "texts analysed without memo";
    }

    /** How the figures name the state: heap state or RocksDB state. */
    public String stateName() {
      return HEAP.equals(stateBackend) ? "heap state" : "RocksDB state";
    }

    private static boolean onClasspath(String className) {
      try {
        Class.forName(className, false, Options.class.getClassLoader());
        return true;
      } catch (ClassNotFoundException e) {
        return false;
      }
    }

    /** The cores the job can use: its parallelism, at most the machine's processors. */
    public int cores() {
      return Math.min(parallelism, Runtime.getRuntime().availableProcessors());
    }
  }

  /**
   * The figures, rounded as printed.
   *
   * @param pipelineRecords records the pipeline's source read in its last run
   * @param heldThreads threads in state at the end of the input, as the baseline counted them
   * @param texts what the workload gives the detectors to read
   * @param pipelineTextMemo how the memo of text analysis served the last pipeline run (zero
   *     lookups when off or texts are not analysed)
   */
  public record Report(
      long pipelineEventsPerSecond,
      long pipelineEventsPerSecondPerCore,
      long baselineEventsPerSecond,
      double ratio,
      long peakHeapBytes,
      StateSize stateSize,
      long pipelineRecords,
      long heldThreads,
      OutputCounts pipelineOutputs,
      OutputCounts baselineOutputs,
      WorkloadTexts texts,
      TextMemo.Counts pipelineTextMemo) {}

  private static final long MIB = 1024 * 1024;

  private Bench() {}

  public static Report run(Options options, Markets markets, PrintWriter out) throws Exception {
    Workload workload = Workload.generate(options.events());
    long workloadHeap = usedHeapAfterGc();
    say(
        out,
        "workload: %d records from %d threads of %d sellers over %d weeks from %s, as of %s;"
            + " %d MiB of heap in use with it loaded",
        workload.size(),
        workload.settings().threads(),
        workload.settings().sellers(),
        workload.settings().weeks(),
        workload.settings().start(),
        workload.asOf(),
        workloadHeap / MIB);

    WorkloadTexts texts = WorkloadTexts.of(workload, markets);
    // The JVM's memo of text analysis for the runs' settings: the embedded job's operators and
    // the baseline share it with this instance.
    Detectors textMemo = options.replaySettings(markets, workload).textDetectors();

    // Measured first, while the heap holds only the workload: the embedded clusters of the runs
    // leave garbage behind that would blur a heap difference taken after them.
    StateSize state = StateSize.measure(options.threadsOpen(), markets);

    double[] pipelineRates = new double[options.runs()];
    WarmUp pipelineWarmUp = new WarmUp(options.warmUps());
    PipelineRun.Result pipeline;
    TextMemo.Counts pipelineMemo;
    long peakHeap;
    String kafka = options.kafkaBootstrap();
    try (HeapPeak heap = new HeapPeak();
        KafkaRun broker = kafka == null ? null : prepareKafka(options, workload, out)) {
      pipeline =
          series(
              "pipeline",
              pipelineWarmUp,
              pipelineRates,
              () -> {
                // Every run starts with an empty memo, as a new job does: no run profits from
                // another.
                textMemo.forgetTexts();
                return broker == null
                    ? PipelineRun.run(
                        workload,
                        options.replaySettings(markets, workload),
                        options.parallelism(),
                        options.stateBackend())
                    : broker.run(
                        markets,
                        workload.asOf().toEpochMilli(),
                        options.parallelism(),
                        options.stateBackend(),
                        options.detectorSettings());
              },
              result -> new Timing(result.records(), result.elapsedNanos()),
              out);
      pipelineMemo = textMemo.textMemoCounts();
      peakHeap = heap.bytes();
    }

    double[] baselineRates = new double[options.runs()];
    WarmUp baselineWarmUp = new WarmUp(options.warmUps());
    Baseline.Result baseline =
        series(
            "baseline",
            baselineWarmUp,
            baselineRates,
            () -> {
              textMemo.forgetTexts();
              return Baseline.run(workload, options.replaySettings(markets, workload));
            },
            result -> new Timing(result.records(), result.elapsedNanos()),
            out);

    OutputCounts p = pipeline.outputs();
    OutputCounts b = baseline.outputs();
    say(
        out,
        "outputs: pipeline alerts=%d reply-breaches=%d reply-takeovers=%d"
            + " template-breaches=%d absence-breaches=%d absence-takeovers=%d breach-counts=%d"
            + " dead-letters=%d; baseline alerts=%d reply-breaches=%d reply-takeovers=%d"
            + " dead-letters=%d; threads held at end of input=%d",
        p.alerts(),
        p.replyBreaches(),
        p.replyTakeovers(),
        p.templateBreaches(),
        p.absenceBreaches(),
        p.absenceTakeovers(),
        p.breachCounts(),
        p.deadLetters(),
        b.alerts(),
        b.replyBreaches(),
        b.replyTakeovers(),
        b.deadLetters(),
        baseline.threads());
    say(
        out,
        "text analysis: %d replies (%d distinct texts), %d messages (%d distinct); %s",
        texts.replies(),
        texts.distinctReplyTexts(),
        texts.messages(),
        texts.distinctMessageTexts(),
        !options.analyseTexts()
            ? "not read (--no-text-analysis)"
            : !options.textCache()
                ? "memo off (--no-text-cache)"
                : String.format(
                    Locale.ROOT,
                    "memo hit ratio %.3f (%d of %d lookups, last pipeline run)",
                    pipelineMemo.hitRatio(),
                    pipelineMemo.hits(),
                    pipelineMemo.lookups()));

    long pipelineRate = Math.round(median(pipelineRates));
    long perCore = Math.round(median(pipelineRates) / options.cores());
    long baselineRate = Math.round(median(baselineRates));
    double ratio =
        Math.round(median(pipelineRates) / options.cores() / median(baselineRates) * 100) / 100.0;
    say(
        out,
        "events per second: %d (pipeline%s, parallelism %d, %s, %s, %s)",
        pipelineRate,
        kafka == null ? "" : " through Kafka at " + kafka + ", exactly once",
        options.parallelism(),
        options.stateName(),
        options.textsName(),
        medianOf(options.runs(), pipelineWarmUp));
    say(
        out,
        "events per second per core: %d (%d core%s)",
        perCore,
        options.cores(),
        options.cores() == 1 ? "" : "s");
    say(
        out,
        "peak heap: %d MiB (during the pipeline runs, the in-memory workload included)",
        peakHeap / MIB);
    say(
        out,
        "state per open thread: %.0f bytes serialized, %.0f bytes on the heap"
            + " (%d open threads, one unanswered buyer message each)",
        state.serializedBytes(),
        state.heapBytes(),
        state.threads());
    say(
        out,
        "baseline: %d events/s (one thread, no Flink, %s)",
        baselineRate,
        medianOf(options.runs(), baselineWarmUp));
    say(out, "bench: pipeline=%d baseline=%d ratio=%.2f", pipelineRate, baselineRate, ratio);
    return new Report(
        pipelineRate,
        perCore,
        baselineRate,
        ratio,
        peakHeap,
        state,
        pipeline.records(),
        baseline.threads(),
        p,
        b,
        texts,
        pipelineMemo);
  }

  /** Records and time of one run of either side. */
  private record Timing(long records, long elapsedNanos) {
    double eventsPerSecond() {
      return records / (elapsedNanos / 1e9);
    }
  }

  /**
   * One side's runs: warm-ups until steady or the bound, the warm-up curve, then the measured runs,
   * whose rates fill {@code rates}. Returns the last run's result.
   */
  private static <R> R series(
      String side,
      WarmUp warmUp,
      double[] rates,
      Callable<R> once,
      Function<R, Timing> timing,
      PrintWriter out)
      throws Exception {
    R result = null;
    int run = 0;
    while (warmUp.wantsAnotherRun()) {
      result = once.call();
      Timing time = timing.apply(result);
      warmUp.record(time.eventsPerSecond());
      sayRun(out, side, ++run, " (warm-up)", time);
    }
    say(out, "%s", warmUp.describe(side));
    for (int measured = 0; measured < rates.length; measured++) {
      result = once.call();
      Timing time = timing.apply(result);
      rates[measured] = time.eventsPerSecond();
      sayRun(out, side, ++run, "", time);
    }
    return result;
  }

  private static void sayRun(PrintWriter out, String side, int run, String kind, Timing time) {
    say(
        out,
        "%s run %d%s: %d records in %.2f s, %.0f events/s",
        side,
        run,
        kind,
        time.records(),
        time.elapsedNanos() / 1e9,
        time.eventsPerSecond());
  }

  private static String medianOf(int runs, WarmUp warmUp) {
    return "median of "
        + runs
        + " run"
        + (runs == 1 ? "" : "s")
        + " after "
        + warmUp.runs()
        + " warm-up"
        + (warmUp.runs() == 1 ? "" : "s")
        + (warmUp.isSteady() ? ", steady" : "");
  }

  private static KafkaRun prepareKafka(Options options, Workload workload, PrintWriter out)
      throws Exception {
    long started = System.nanoTime();
    KafkaRun kafka = KafkaRun.prepare(options.kafkaBootstrap(), workload, options.parallelism());
    say(
        out,
        "kafka: %d records produced to %sin.* at %s (%d partitions each) in %.2f s, before"
            + " the runs; each run reads them as a new consumer group and commits its outputs"
            + " exactly once, checkpointing every %d s",
        kafka.produced(),
        kafka.topicPrefix(),
        options.kafkaBootstrap(),
        options.parallelism(),
        (System.nanoTime() - started) / 1e9,
        KafkaRun.CHECKPOINT_INTERVAL.toSeconds());
    return kafka;
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  private static long usedHeapAfterGc() {
    ManagementFactory.getMemoryMXBean().gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static void say(PrintWriter out, String format, Object... args) {
    out.println(String.format(Locale.ROOT, format, args));
    out.flush();
  }
}
