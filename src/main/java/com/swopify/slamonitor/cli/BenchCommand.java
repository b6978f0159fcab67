package com.swopify.slamonitor.cli;

import com.swopify.slamonitor.bench.Bench;
import com.swopify.slamonitor.bench.FixedHeapJvm;
import com.swopify.slamonitor.bench.ScorecardBench;
import com.swopify.slamonitor.bench.delay.AlertDelayBench;
import com.swopify.slamonitor.bench.delay.AlertDelaySettings;
import com.swopify.slamonitor.market.BundledMarkets;
import java.io.PrintWriter;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench}: capacity figures of the full job on this machine (docs/benchmarks.md). */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Generates a synthetic marketplace in memory, runs the monitor's full job over it on an",
      "embedded Flink with heap state (outputs serialized and dropped) and the same per-event",
      "work in a plain single-threaded loop (the baseline), and prints events per second,",
      "per core, peak heap and state bytes per open thread. Last line:",
      "bench: pipeline=<events/s> baseline=<events/s> ratio=<pipeline per core / baseline>",
      "With --alert-delay it measures instead how long after a deadline its alert can be read",
      "from Kafka while the job carries a steady load. Last line:",
      "bench: alert-delay p99=<seconds> s (...)",
      "With --scorecards it measures instead the seller scorecards' state per seller and",
      "market, their daily flush, and the pipeline's events/s without and with marks and",
      "scorecards (--events, --parallelism, --runs, --warm-ups apply). Last line:",
      "bench: scorecard-state=<bytes> heavy=<bytes> flush=<ms> sellers=<n> off=<events/s>",
      "on=<events/s> drop=<percent>"
    })
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--events",
      paramLabel = "N",
      description = "Input records of the workload (default: ${DEFAULT-VALUE}).")
  int events = Bench.Options.DEFAULT_EVENTS;

  @Option(
      names = "--threads-open",
      paramLabel = "N",
      description = "Open threads whose state is measured (default: ${DEFAULT-VALUE}).")
  int threadsOpen = Bench.Options.DEFAULT_THREADS_OPEN;

  @Option(
      names = "--parallelism",
      paramLabel = "P",
      description = "Parallelism of the embedded job (default: the processors, ${DEFAULT-VALUE}).")
  int parallelism = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--runs",
      paramLabel = "N",
      description = "Measured runs of each side, after the warm-up (default: ${DEFAULT-VALUE}).")
  int runs = Bench.Options.DEFAULT_RUNS;

  @Option(
      names = "--warm-ups",
      paramLabel = "N",
      description = {
        "At most N unmeasured runs of each side first, ending once two in a row",
        "agree within 5%% (default: ${DEFAULT-VALUE}); the JIT and the heap take several runs",
        "to settle (docs/benchmarks.md). The warm-up curve is printed."
      })
  int warmUps = Bench.Options.DEFAULT_WARM_UPS;

  @Option(
      names = "--heap",
      paramLabel = "SIZE",
      description = {
        "The measuring JVM's fixed heap, as for the figures in docs/benchmarks.md",
        "(default: ${DEFAULT-VALUE}). Unless this JVM has it (-Xms = -Xmx), bench measures in a",
        "child JVM it starts with that heap, or says why it cannot; current measures here."
      })
  String heap = "6g";

  @Option(
      names = "--kafka",
      paramLabel = "BOOTSTRAP",
      description = {
        "Run the pipeline end to end through these Kafka brokers instead (the",
        "Kafka-mode job, exactly once; topics of its own, deleted afterwards)."
      })
  String kafka;

  @Option(
      names = "--state-backend",
      paramLabel = "NAME",
      description = {
        "The pipeline's keyed state: hashmap (heap, default) or rocksdb (needs",
        "RocksDB on the classpath: bench/state.sh --bench)."
      })
  String stateBackend = Bench.Options.HEAP;

  @Option(
      names = "--no-text-analysis",
      description = {
        "Leave the policy detectors out on both sides (the job's",
        "withoutTextAnalysis): the rest of the work alone."
      })
  boolean noTextAnalysis;

  @Option(
      names = "--no-text-cache",
      description = {
        "Read every text afresh on both sides: the detectors' memo of text",
        "analysis off (detectors.textCacheSize 0), to measure its saving."
      })
  boolean noTextCache;

  @Option(
      names = "--alert-delay",
      description = {
        "Measure the alert delay instead: the Kafka-mode job (alerts at least once)",
        "on the embedded Flink against --kafka BOOTSTRAP or a dev-kafka broker of its own,",
        "answered threads sent at --events-per-second with event time now, and ten unanswered",
        "probe threads a second for a minute, whose AT_RISK and OVERDUE alerts are timed",
        "from their deadlines to the moment a consumer reads them (about 3 minutes)."
      })
  boolean alertDelay;

  @Option(
      names = "--events-per-second",
      paramLabel = "N",
      description = "With --alert-delay: the steady load (default: ${DEFAULT-VALUE}).")
  int eventsPerSecond = AlertDelaySettings.DEFAULT_EVENTS_PER_SECOND;

  @Option(
      names = "--out-of-orderness",
      paramLabel = "DURATION",
      description = {
        "With --alert-delay: the job's watermarks.outOfOrderness, the lag of its",
        "time on busy partitions (default: ${DEFAULT-VALUE}; the job file's default is PT30S)."
      })
  String outOfOrderness = AlertDelaySettings.DEFAULT_OUT_OF_ORDERNESS.toString();

  @Option(
      names = "--scorecards",
      description = {
        "Measure the seller scorecards instead: the serialized 90-day state of one",
        "seller in one market, the daily flush of --sellers sellers (their state read, the",
        "day closed, the state written back, the record encoded) on one thread, and the",
        "pipeline without and with marks and scorecards, taking turns."
      })
  boolean scorecards;

  @Option(
      names = "--sellers",
      paramLabel = "N",
      description = "With --scorecards: sellers flushed (default: ${DEFAULT-VALUE}).")
  int sellers = ScorecardBench.DEFAULT_SELLERS;

  @Override
  public Integer call() throws Exception {
    if (alertDelay) {
      return alertDelay();
    }
    if (scorecards && sellers < 1) {
      throw new UserError("--sellers: must be at least 1, was " + sellers);
    }
    Bench.Options options;
    try {
      options =
          new Bench.Options(
              events,
              threadsOpen,
              parallelism,
              warmUps,
              runs,
              kafka,
              stateBackend,
              !noTextAnalysis,
              !noTextCache);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    if (scorecards) {
      if (kafka != null) {
        throw new UserError("--scorecards: not with --kafka (it runs the pipeline from memory)");
      }
      ScorecardBench.run(sellers, options, BundledMarkets.load(), out);
      return 0;
    }
    OptionalInt child = measureInFixedHeapChild(out);
    if (child.isPresent()) {
      return child.getAsInt();
    }
    Bench.run(options, BundledMarkets.load(), out);
    return 0;
  }

  /**
   * Runs the bench in a child JVM with the fixed heap of {@code --heap} unless this JVM has it, is
   * such a child already, or the machine lacks the memory (then one line says so and the bench runs
   * here). Returns the child's exit code if one ran.
   */
  private OptionalInt measureInFixedHeapChild(PrintWriter out) throws Exception {
    if ("current".equals(heap) || FixedHeapJvm.isChild()) {
      return OptionalInt.empty();
    }
    long heapBytes;
    try {
      heapBytes = FixedHeapJvm.parseSize(heap);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    if (FixedHeapJvm.hasFixedHeap(heapBytes)) {
      return OptionalInt.empty();
    }
    if (!FixedHeapJvm.fits(heapBytes)) {
      out.printf(
          "bench: measuring in this JVM (heap up to %d MiB): the machine has %d MiB"
              + " available, too little for a child with --heap %s; figures will differ from"
              + " docs/benchmarks.md's%n",
          FixedHeapJvm.currentMaxHeapMib(), FixedHeapJvm.availableBytes() >> 20, heap);
      return OptionalInt.empty();
    }
    out.printf(
        "bench: measuring in a child JVM with a fixed heap of %d MiB (-Xms = -Xmx,"
            + " --heap %s), as for docs/benchmarks.md's figures%n",
        heapBytes >> 20, heap);
    out.flush();
    return OptionalInt.of(
        FixedHeapJvm.run(
            FixedHeapJvm.command(
                heapBytes,
                Main.class.getName(),
                spec.root().commandLine().getParseResult().originalArgs()),
            out));
  }

  private int alertDelay() throws Exception {
    AlertDelaySettings settings;
    try {
      settings =
          AlertDelaySettings.defaults(parallelism, kafka)
              .withEventsPerSecond(eventsPerSecond)
              .withOutOfOrderness(
                  CalendarCommand.parseDuration("--out-of-orderness", outOfOrderness));
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    new AlertDelayBench(settings, spec.commandLine().getOut()).run();
    return 0;
  }
}
