package com.swopify.slamonitor.cli;

import com.swopify.slamonitor.market.BundledMarkets;
import com.swopify.slamonitor.bench.Bench;
import com.swopify.slamonitor.bench.delay.AlertDelayBench;
import com.swopify.slamonitor.bench.delay.AlertDelaySettings;
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
      "bench: alert-delay p99=<seconds> s (...)"
    })
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--events", paramLabel = "N",
      description = "Input records of the workload (default: ${DEFAULT-VALUE}).")
  int events = Bench.Options.DEFAULT_EVENTS;

  @Option(names = "--threads-open", paramLabel = "N",
      description = "Open threads whose state is measured (default: ${DEFAULT-VALUE}).")
  int threadsOpen = Bench.Options.DEFAULT_THREADS_OPEN;

  @Option(names = "--parallelism", paramLabel = "P",
      description = "Parallelism of the embedded job (default: the processors, ${DEFAULT-VALUE}).")
  int parallelism = Runtime.getRuntime().availableProcessors();

  @Option(names = "--runs", paramLabel = "N",
      description = "Measured runs of each side, after one warm-up (default: ${DEFAULT-VALUE}).")
  int runs = Bench.Options.DEFAULT_RUNS;

  @Option(names = "--warm-ups", paramLabel = "N",
      description = {"Unmeasured runs of each side first (default: ${DEFAULT-VALUE}); the JIT",
          "and the heap's sizing take several runs to settle (docs/benchmarks.md)."})
  int warmUps = Bench.Options.DEFAULT_WARM_UPS;

  @Option(names = "--kafka", paramLabel = "BOOTSTRAP",
      description = {"Run the pipeline end to end through these Kafka brokers instead (the",
          "Kafka-mode job, exactly once; topics of its own, deleted afterwards)."})
  String kafka;

  @Option(names = "--state-backend", paramLabel = "NAME",
      description = {"The pipeline's keyed state: hashmap (heap, default) or rocksdb (needs",
          "RocksDB on the classpath: bench/state.sh --bench)."})
  String stateBackend = Bench.Options.HEAP;

  @Option(names = "--no-text-analysis",
      description = {"Leave the policy detectors out on both sides (the job's",
          "withoutTextAnalysis): the rest of the work alone."})
  boolean noTextAnalysis;

  @Option(names = "--no-text-cache",
      description = {"Read every text afresh on both sides: the detectors' memo of text",
          "analysis off (detectors.textCacheSize 0), to measure its saving."})
  boolean noTextCache;

  @Option(names = "--alert-delay",
      description = {"Measure the alert delay instead: the Kafka-mode job (alerts at least once)",
          "on the embedded Flink against --kafka BOOTSTRAP or a dev-kafka broker of its own,",
          "answered threads sent at --events-per-second with event time now, and ten unanswered",
          "probe threads a second for a minute, whose AT_RISK and OVERDUE alerts are timed",
          "from their deadlines to the moment a consumer reads them (about 3 minutes)."})
  boolean alertDelay;

  @Option(names = "--events-per-second", paramLabel = "N",
      description = "With --alert-delay: the steady load (default: ${DEFAULT-VALUE}).")
  int eventsPerSecond = AlertDelaySettings.DEFAULT_EVENTS_PER_SECOND;

  @Option(names = "--out-of-orderness", paramLabel = "DURATION",
      description = {"With --alert-delay: the job's watermarks.outOfOrderness, the lag of its",
          "time on busy partitions (default: ${DEFAULT-VALUE}; the job file's default is PT30S)."})
  String outOfOrderness = AlertDelaySettings.DEFAULT_OUT_OF_ORDERNESS.toString();

  @Override
  public Integer call() throws Exception {
    if (alertDelay) {
      return alertDelay();
    }
    Bench.Options options;
    try {
      options = new Bench.Options(events, threadsOpen, parallelism, warmUps, runs, kafka,
          stateBackend, !noTextAnalysis, !noTextCache);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    Bench.run(options, BundledMarkets.load(), spec.commandLine().getOut());
    return 0;
  }

  private int alertDelay() throws Exception {
    AlertDelaySettings settings;
    try {
      settings = AlertDelaySettings.defaults(parallelism, kafka)
          .withEventsPerSecond(eventsPerSecond)
          .withOutOfOrderness(CalendarCommand.parseDuration("--out-of-orderness", outOfOrderness));
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    new AlertDelayBench(settings, spec.commandLine().getOut()).run();
    return 0;
  }
}
