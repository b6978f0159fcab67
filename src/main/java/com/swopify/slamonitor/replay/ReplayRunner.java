package com.swopify.slamonitor.replay;

import com.swopify.slamonitor.detect.DetectorSettings;
import com.swopify.slamonitor.events.Source;
import com.swopify.slamonitor.flink.RawRecord;
import com.swopify.slamonitor.flink.SlaJob;
import com.swopify.slamonitor.flink.SlaSettings;
import com.swopify.slamonitor.io.NdjsonFileSink;
import com.swopify.slamonitor.io.OutputSchemas;
import com.swopify.slamonitor.market.Markets;
import com.swopify.slamonitor.metrics.FlinkReporter;
import com.swopify.slamonitor.metrics.MetricsServer;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Runs the monitor's job on the embedded Flink over bounded NDJSON files (contract sections 7 and
 * 12) and writes the seven output files. Outputs are written to a staging folder inside the output
 * folder and moved into place only when the job has succeeded: a failed run leaves no half-written
 * result behind.
 */
public final class ReplayRunner {
  public static final String ALERTS = "alerts.jsonl";
  public static final String BREACHES = "breaches.jsonl";
  public static final String TAKEOVERS = "takeovers.jsonl";
  public static final String BREACH_COUNTS = "breach-counts.jsonl";
  public static final String DEAD_LETTERS = "dead-letters.jsonl";
  public static final String FINDING_REVIEWS = "finding-reviews.jsonl";
  public static final String SELLER_SCORES = "seller-scores.jsonl";
  public static final List<String> OUTPUT_FILES =
      List.of(
          ALERTS, BREACHES, TAKEOVERS, BREACH_COUNTS, DEAD_LETTERS, FINDING_REVIEWS, SELLER_SCORES);

  private final Markets markets;
  private final int parallelism;
  private final int metricsPort;
  private final int flinkMetricsPort;
  private final DetectorSettings detectors;

  public ReplayRunner(Markets markets, int parallelism) {
    this(markets, parallelism, MetricsServer.OFF, MetricsServer.OFF, DetectorSettings.defaults());
  }

  private ReplayRunner(
      Markets markets,
      int parallelism,
      int metricsPort,
      int flinkMetricsPort,
      DetectorSettings detectors) {
    this.markets = markets;
    this.parallelism = parallelism;
    this.metricsPort = metricsPort;
    this.flinkMetricsPort = flinkMetricsPort;
    this.detectors = detectors;
  }

  /** A runner whose detectors have these settings (thresholds) instead of the defaults. */
  public ReplayRunner withDetectors(DetectorSettings settings) {
    return new ReplayRunner(markets, parallelism, metricsPort, flinkMetricsPort, settings);
  }

  /**
   * A runner whose job serves the monitor's /metrics on {@code metricsPort} and Flink's own metrics
   * (Prometheus reporter) on {@code flinkMetricsPort}; 0 turns either off.
   */
  public ReplayRunner withMetrics(int metricsPort, int flinkMetricsPort) {
    return new ReplayRunner(markets, parallelism, metricsPort, flinkMetricsPort, detectors);
  }

  /**
   * Replays the inputs as of {@code asOf} (null: the latest event time in the inputs) into {@code
   * outDir}, and returns what the run counted.
   */
  public ReplayResult run(ReplayInputs inputs, Instant asOf, Path outDir) throws Exception {
    Instant now = asOf != null ? asOf : LatestEventTime.of(inputs, markets);
    Files.createDirectories(outDir);
    Path staging = outDir.resolve(".replay-staging-" + UUID.randomUUID());
    Files.createDirectory(staging);
    try {
      JobExecutionResult result = execute(inputs, now, staging);
      for (String file : OUTPUT_FILES) {
        moveIntoPlace(staging.resolve(file), outDir.resolve(file));
      }
      return new ReplayResult(now, result.getAllAccumulatorResults());
    } finally {
      deleteRecursively(staging);
    }
  }

  private JobExecutionResult execute(ReplayInputs inputs, Instant asOf, Path staging)
      throws Exception {
    Configuration conf = FlinkReporter.configure(SlaJob.baseConfiguration(), flinkMetricsPort);
    conf.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.createLocalEnvironment(parallelism, conf);

    SlaJob.Outputs out =
        SlaJob.defineWorkflow(
            SlaSettings.replay(markets, asOf.toEpochMilli())
                .withMetricsPort(metricsPort)
                .withDetectors(detectors),
            readAll(env, inputs));

    out.alerts()
        .sinkTo(new NdjsonFileSink<>(staging.resolve(ALERTS), OutputSchemas.alerts()))
        .setParallelism(1)
        .name("alerts file")
        .uid("alerts-file");
    out.breaches()
        .sinkTo(new NdjsonFileSink<>(staging.resolve(BREACHES), OutputSchemas.breaches()))
        .setParallelism(1)
        .name("breaches file")
        .uid("breaches-file");
    out.takeovers()
        .sinkTo(new NdjsonFileSink<>(staging.resolve(TAKEOVERS), OutputSchemas.takeovers()))
        .setParallelism(1)
        .name("takeovers file")
        .uid("takeovers-file");
    out.breachCounts()
        .sinkTo(new NdjsonFileSink<>(staging.resolve(BREACH_COUNTS), OutputSchemas.breachCounts()))
        .setParallelism(1)
        .name("breach counts file")
        .uid("breach-counts-file");
    out.deadLetters()
        .sinkTo(new NdjsonFileSink<>(staging.resolve(DEAD_LETTERS), OutputSchemas.deadLetters()))
        .setParallelism(1)
        .name("dead letters file")
        .uid("dead-letters-file");
    out.findingReviews()
        .sinkTo(
            new NdjsonFileSink<>(staging.resolve(FINDING_REVIEWS), OutputSchemas.findingReviews()))
        .setParallelism(1)
        .name("finding reviews file")
        .uid("finding-reviews-file");
    out.sellerScores()
        .sinkTo(new NdjsonFileSink<>(staging.resolve(SELLER_SCORES), OutputSchemas.sellerScores()))
        .setParallelism(1)
        .name("seller scores file")
        .uid("seller-scores-file");
    return env.execute("helpdesk-sla-monitor replay");
  }

  private static DataStream<RawRecord> readAll(
      StreamExecutionEnvironment env, ReplayInputs inputs) {
    DataStream<RawRecord> all = null;
    for (Map.Entry<Source, Path> input : inputs.files().entrySet()) {
      String name = input.getKey().wireName();
      FileSource<RawRecord> file =
          FileSource.forRecordStreamFormat(
                  new NdjsonLineFormat(input.getKey()),
                  new org.apache.flink.core.fs.Path(input.getValue().toAbsolutePath().toUri()))
              .build();
      DataStream<RawRecord> records =
          env.fromSource(file, WatermarkStrategy.noWatermarks(), name + " file")
              .uid("source-" + name);
      all = all == null ? records : all.union(records);
    }
    if (all == null) {
      throw new IllegalArgumentException("no input files");
    }
    return all;
  }

  private static void moveIntoPlace(Path from, Path to) throws IOException {
    if (!Files.exists(from)) {
      Files.createFile(from);
    }
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    List<Path> paths = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(paths::add);
    }
    for (Path path : paths) {
      Files.deleteIfExists(path);
    }
  }
}
