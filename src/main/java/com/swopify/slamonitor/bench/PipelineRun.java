package com.swopify.slamonitor.bench;

import com.swopify.slamonitor.flink.RawRecord;
import com.swopify.slamonitor.flink.SlaJob;
import com.swopify.slamonitor.flink.SlaSettings;
import com.swopify.slamonitor.io.OutputSchemas;
import java.util.UUID;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * One run of the monitor's full job ({@link SlaJob#defineWorkflow}, as a replay defines it) on the
 * embedded Flink with heap or RocksDB state: in-memory records in, every output serialized and
 * dropped.
 */
final class PipelineRun {
  /**
   * @param records how many records the source read
   * @param elapsedNanos from the first source reader's start to the last sink's close
   */
  record Result(long records, long elapsedNanos, OutputCounts outputs, long sellerScores) {
    Result(long records, long elapsedNanos, OutputCounts outputs) {
      this(records, elapsedNanos, outputs, 0);
    }

    double eventsPerSecond() {
      return records / (elapsedNanos / 1e9);
    }
  }

  private PipelineRun() {}

  /**
   * @param settings the job's settings for a replay of the workload
   * @param stateBackend the keyed state's backend by its configuration name, e.g. hashmap
   */
  static Result run(Workload workload, SlaSettings settings, int parallelism, String stateBackend)
      throws Exception {
    return run(workload, settings, parallelism, stateBackend, false);
  }

  /**
   * @param sellerScores whether the seller scores are sunk too: without a sink Flink leaves the
   *     scorecard operator out of the job
   */
  static Result run(
      Workload workload,
      SlaSettings settings,
      int parallelism,
      String stateBackend,
      boolean sellerScores)
      throws Exception {
    String runId = UUID.randomUUID().toString();
    RunTally tally = RunTally.open(runId);
    InMemoryRecords.register(runId, workload.records());
    try {
      Configuration conf = SlaJob.baseConfiguration();
      conf.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
      conf.set(StateBackendOptions.STATE_BACKEND, stateBackend);
      StreamExecutionEnvironment env =
          StreamExecutionEnvironment.createLocalEnvironment(parallelism, conf);
      define(env, runId, workload, settings, sellerScores);
      env.execute("helpdesk-sla-monitor bench");
      return new Result(
          tally.count(InMemoryRecords.RECORDS_READ),
          tally.elapsedNanos(),
          OutputKind.counts(tally::count),
          tally.count(OutputKind.SELLER_SCORES));
    } finally {
      InMemoryRecords.unregister(runId);
      RunTally.close(runId);
    }
  }

  private static void define(
      StreamExecutionEnvironment env,
      String runId,
      Workload workload,
      SlaSettings settings,
      boolean sellerScores) {
    DataGeneratorSource<RawRecord> source =
        new DataGeneratorSource<>(
            new InMemoryRecords.RecordAt(runId),
            workload.size(),
            TypeInformation.of(RawRecord.class));
    DataStream<RawRecord> records =
        env.fromSource(source, WatermarkStrategy.noWatermarks(), "in-memory records")
            .uid("source-in-memory");

    SlaJob.Outputs out = SlaJob.defineWorkflow(settings, records);

    // The reply rules and the seller-absence rules share the breach and takeover streams; the
    // type tells them apart, so that the reply rules' share can be compared with the baseline.
    out.alerts()
        .sinkTo(new CountingSink<>(runId, OutputSchemas.alerts(), alert -> OutputKind.ALERTS))
        .name("alerts (counted)")
        .uid("alerts-counted");
    out.breaches()
        .sinkTo(new CountingSink<>(runId, OutputSchemas.breaches(), OutputKind::ofBreach))
        .name("breaches (counted)")
        .uid("breaches-counted");
    out.takeovers()
        .sinkTo(
            new CountingSink<>(
                runId,
                OutputSchemas.takeovers(),
                takeover -> OutputKind.ofTakeover(takeover.reason())))
        .name("takeovers (counted)")
        .uid("takeovers-counted");
    out.breachCounts()
        .sinkTo(
            new CountingSink<>(
                runId, OutputSchemas.breachCounts(), count -> OutputKind.BREACH_COUNTS))
        .name("breach counts (counted)")
        .uid("breach-counts-counted");
    out.deadLetters()
        .sinkTo(
            new CountingSink<>(
                runId, OutputSchemas.deadLetters(), deadLetter -> OutputKind.DEAD_LETTERS))
        .name("dead letters (counted)")
        .uid("dead-letters-counted");
    if (sellerScores) {
      out.sellerScores()
          .sinkTo(
              new CountingSink<>(
                  runId, OutputSchemas.sellerScores(), score -> OutputKind.SELLER_SCORES))
          .name("seller scores (counted)")
          .uid("seller-scores-counted");
    }
  }
}
