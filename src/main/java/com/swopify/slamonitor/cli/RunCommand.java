package com.swopify.slamonitor.cli;

import com.swopify.slamonitor.job.JobFile;
import com.swopify.slamonitor.job.JobSettings;
import com.swopify.slamonitor.job.KafkaJob;
import com.swopify.slamonitor.job.ResumePoint;
import com.swopify.slamonitor.job.RetainedSnapshots;
import com.swopify.slamonitor.job.RunStatus;
import com.swopify.slamonitor.job.StopSignals;
import com.swopify.slamonitor.job.StopWithSavepoint;
import com.swopify.slamonitor.kafka.GroupProgress;
import com.swopify.slamonitor.kafka.KafkaPipeline;
import com.swopify.slamonitor.market.Markets;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.LocalStreamEnvironment;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code run}: the job against Kafka. Started with {@code java -jar} it runs on an embedded Flink;
 * submitted to a Flink cluster (application mode) the same main class runs it on the cluster.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the monitor against Kafka: reads the Helpdesk's topics, writes alerts, breaches,",
      "takeover requests, breach counts and dead letters, exactly once. Values come from the",
      "job file; environment variables (in the file as ${VAR}, or the HELPDESK_SLA_* variables",
      "below) and flags override it."
    })
final class RunCommand implements Callable<Integer> {
  @Option(
      names = "--job",
      required = true,
      paramLabel = "FILE",
      description = "The job definition, e.g. jobs/helpdesk-sla.yaml.")
  Path job;

  @Option(
      names = "--bootstrap-servers",
      paramLabel = "HOST:PORT,...",
      defaultValue = "${env:HELPDESK_SLA_BOOTSTRAP_SERVERS}",
      description = "Kafka brokers (env HELPDESK_SLA_BOOTSTRAP_SERVERS).")
  String bootstrapServers;

  @Option(
      names = "--markets",
      paramLabel = "FILE",
      defaultValue = "${env:HELPDESK_SLA_MARKETS}",
      description = "The markets file (env HELPDESK_SLA_MARKETS).")
  Path markets;

  @Option(
      names = "--metrics-port",
      paramLabel = "PORT",
      defaultValue = "${env:HELPDESK_SLA_METRICS_PORT}",
      description = "Port of /metrics; 0 turns it off (env HELPDESK_SLA_METRICS_PORT).")
  Integer metricsPort;

  @Option(
      names = "--parallelism",
      paramLabel = "N",
      defaultValue = "${env:HELPDESK_SLA_PARALLELISM}",
      description = "Parallelism of the job (env HELPDESK_SLA_PARALLELISM).")
  Integer parallelism;

  @Option(
      names = "--checkpoint-dir",
      paramLabel = "URI",
      defaultValue = "${env:HELPDESK_SLA_CHECKPOINT_DIR}",
      description =
          "Durable checkpoint storage, e.g. s3://bucket/checkpoints (env HELPDESK_SLA_CHECKPOINT_DIR).")
  String checkpointDir;

  @Option(
      names = "--kafka-properties",
      paramLabel = "FILE",
      defaultValue = "${env:HELPDESK_SLA_KAFKA_PROPERTIES}",
      description = "Kafka client properties for TLS and SASL (env HELPDESK_SLA_KAFKA_PROPERTIES).")
  Path kafkaProperties;

  @Option(
      names = "--bounded",
      description =
          "Read the input topics only up to the offsets that are the latest at start,"
              + " decide as of --as-of, write the outputs and exit (a catch-up, or a check against"
              + " replay on the same input).")
  boolean bounded;

  @Option(
      names = "--as-of",
      paramLabel = "INSTANT",
      description =
          "With --bounded: \"now\" of the run, as replay's --as-of: later events are"
              + " ignored and nothing later is decided.")
  String asOf;

  @Option(
      names = "--from-savepoint",
      paramLabel = "PATH",
      description =
          "Restore this savepoint or retained checkpoint (a folder with a _metadata"
              + " file) instead of the newest one of the job.")
  String fromSavepoint;

  @Option(
      names = "--fresh",
      description =
          "Start without state even though the job has retained checkpoints: what"
              + " was open (waits, absences, counts of the day) is forgotten; see docs/kafka.md.")
  boolean fresh;

  @Option(
      names = "--connect-timeout",
      paramLabel = "DURATION",
      defaultValue = "PT60S",
      description =
          "How long to wait for a Kafka broker to answer at start (default"
              + " ${DEFAULT-VALUE}); then one line and exit 2.")
  Duration connectTimeout;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (parallelism != null) {
      Options.positive("--parallelism", parallelism);
    }
    Instant asOfInstant = Options.instant("--as-of", asOf);
    if (bounded && asOfInstant == null) {
      throw new UserError("--bounded needs --as-of INSTANT, the run's \"now\"");
    }
    if (!bounded && asOfInstant != null) {
      throw new UserError("--as-of goes with --bounded: a live run's now is the wall clock");
    }
    if (connectTimeout.isNegative() || connectTimeout.isZero()) {
      throw new UserError("--connect-timeout must be positive, got " + connectTimeout);
    }
    if (fresh && fromSavepoint != null) {
      throw new UserError("--fresh starts without state, --from-savepoint with some: choose one");
    }
    if (bounded && (fresh || fromSavepoint != null)) {
      throw new UserError(
          "--bounded runs start from the consumer group's offsets, without state:"
              + " --fresh and --from-savepoint are for live runs");
    }
    JobSettings settings =
        JobFile.load(Options.readableFile("--job", job), System.getenv())
            .with(
                new JobSettings.Overrides(
                    bootstrapServers,
                    markets,
                    parallelism,
                    checkpointDir,
                    metricsPort,
                    Options.readableFile("--kafka-properties", kafkaProperties)));
    if (settings.marketsFile() == null) {
      throw new UserError("no markets file: set 'markets' in the job file or pass --markets");
    }
    Markets marketsConfig = Markets.load(Options.readableFile("--markets", settings.marketsFile()));

    PrintWriter out = spec.commandLine().getOut();
    Configuration conf = KafkaJob.configuration(settings, bounded);
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    env.setParallelism(settings.parallelism());
    KafkaPipeline.Settings kafka =
        KafkaJob.define(
            env,
            settings,
            marketsConfig,
            bounded,
            bounded ? asOfInstant.toEpochMilli() : Long.MAX_VALUE);
    if (!(env instanceof LocalStreamEnvironment)) {
      // On a Flink cluster, HA and the Kubernetes operator restore and stop the job.
      env.execute(settings.name());
      return 0;
    }
    String restored;
    try {
      restored = bounded ? null : ResumePoint.choose(settings, fromSavepoint, fresh, out);
    } catch (ResumePoint.Unusable e) {
      throw new UserError(e.getMessage());
    }
    if (restored != null) {
      env.configure(ResumePoint.restoreFrom(restored, fromSavepoint == null));
    }
    try (RunStatus status =
        new RunStatus(
            GroupProgress.connect(
                kafka.kafka(),
                settings.groupId(),
                settings.topics().inputs().values(),
                connectTimeout),
            out)) {
      StopSignals signals = StopSignals.install();
      JobClient client = env.executeAsync(settings.name());
      out.println(
          "run: started "
              + settings.name()
              + ", reading "
              + settings.topics().inputs().size()
              + " topics from "
              + settings.bootstrapServers()
              + (bounded ? " up to their latest offsets, as of " + asOfInstant : ""));
      out.flush();
      if (bounded) {
        JobExecutionResult result = client.getJobExecutionResult().get();
        StringBuilder line = new StringBuilder("run as of ").append(asOfInstant).append(':');
        for (String output : KafkaPipeline.OUTPUTS) {
          line.append(' ').append(output).append('=').append(KafkaPipeline.written(result, output));
        }
        out.println(line);
        out.flush();
        return 0;
      }
      return StopWithSavepoint.runUntilStopped(
          client,
          signals,
          KafkaJob.stateDir(settings, false) + "/" + RetainedSnapshots.SAVEPOINTS,
          status,
          out);
    }
  }
}
