package com.swopify.slamonitor.cli;

import com.swopify.slamonitor.bench.Bench;
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
      "bench: pipeline=<events/s> baseline=<events/s> ratio=<pipeline per core / baseline>"
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

  @Override
  public Integer call() throws Exception {
    Bench.Options options;
    try {
      options = new Bench.Options(events, threadsOpen, parallelism, Bench.Options.DEFAULT_WARM_UPS,
          runs, kafka, stateBackend, !noTextAnalysis, !noTextCache);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    Bench.run(options, BundledMarkets.load(), spec.commandLine().getOut());
    return 0;
  }
}
