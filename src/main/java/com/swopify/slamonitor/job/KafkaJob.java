package com.swopify.slamonitor.job;

import com.swopify.slamonitor.config.ConfigException;
import com.swopify.slamonitor.flink.SlaJob;
import com.swopify.slamonitor.flink.SlaSettings;
import com.swopify.slamonitor.kafka.KafkaConnection;
import com.swopify.slamonitor.kafka.KafkaPipeline;
import com.swopify.slamonitor.market.Markets;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExecutionOptions;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** The monitor in Kafka mode: the job's dataflow between the contract's Kafka topics. */
public final class KafkaJob {
  private KafkaJob() {}

  /** Checkpoints each run of the job keeps; older ones are deleted as new ones complete. */
  public static final int RETAINED_CHECKPOINTS = 3;

  /**
   * Flink settings of a Kafka-mode run: exactly-once checkpoints, no Kryo, the state backend.
   * Checkpoints go to the job's own folder (see {@link #stateDir}) and are kept when the job fails
   * or is cancelled, so that the next {@code run} can resume from them.
   */
  public static Configuration configuration(JobSettings job) {
    return configuration(job, false);
  }

  /** As {@link #configuration(JobSettings)}; a bounded run keeps its state apart (see stateDir). */
  public static Configuration configuration(JobSettings job, boolean bounded) {
    Configuration conf = SlaJob.baseConfiguration();
    conf.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, job.checkpointInterval());
    conf.set(CheckpointingOptions.CHECKPOINTING_CONSISTENCY_MODE, CheckpointingMode.EXACTLY_ONCE);
    String stateDir = stateDir(job, bounded);
    conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, stateDir);
    conf.set(
        CheckpointingOptions.SAVEPOINT_DIRECTORY, stateDir + "/" + RetainedSnapshots.SAVEPOINTS);
    conf.set(CheckpointingOptions.MAX_RETAINED_CHECKPOINTS, RETAINED_CHECKPOINTS);
    conf.set(
        CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION,
        ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
    conf.set(StateBackendOptions.STATE_BACKEND, job.stateBackend());
    // Heap state: an uncompressed checkpoint is read back one byte per system call; compressed
    // it restores far faster and is smaller (docs/benchmarks.md, "State, checkpoints and
    // restore"). Uncompressed checkpoints restore too, so switching needs no migration.
    conf.set(ExecutionOptions.SNAPSHOT_COMPRESSION, true);
    return conf;
  }

  /**
   * Where the job's checkpoints and savepoints live: a folder per job name under the checkpoint
   * dir, so that a restarted {@code run} finds its predecessor's state (Flink itself writes each
   * run under a new random job id). A bounded run (a catch-up, a check) keeps its state apart: its
   * sources stop at the offsets of its start, which a live run must never restore.
   */
  public static String stateDir(JobSettings job, boolean bounded) {
    String dir =
        job.checkpointDir().replaceAll("/+$", "")
            + "/"
            + job.name().replaceAll("[^A-Za-z0-9._-]", "_");
    return bounded ? dir + "/bounded" : dir;
  }

  /**
   * Defines the job on {@code env}.
   *
   * @param bounded read up to the offsets that are the latest at start, then finish
   * @param asOfMillis Long.MAX_VALUE when live; a bounded run may stop "now" earlier
   * @return the Kafka side of the job, as defined
   */
  public static KafkaPipeline.Settings define(
      StreamExecutionEnvironment env,
      JobSettings job,
      Markets markets,
      boolean bounded,
      long asOfMillis) {
    KafkaPipeline.Settings kafka =
        new KafkaPipeline.Settings(
            new KafkaConnection(job.bootstrapServers(), clientProperties(job)),
            job.topics(),
            job.groupId(),
            job.alertsExactlyOnce()
                ? DeliveryGuarantee.EXACTLY_ONCE
                : DeliveryGuarantee.AT_LEAST_ONCE,
            job.transactionTimeout(),
            bounded,
            markets.codes(),
            job.outOfOrderness(),
            job.idleAfter(),
            job.quietLag());
    SlaSettings sla =
        new SlaSettings(markets, asOfMillis, job.idRetention(), job.metricsPort())
            .withDetectors(job.detectors())
            .withBreachCountDelay(job.breachCountDelay());
    KafkaPipeline.sinks(SlaJob.defineWorkflow(sla, KafkaPipeline.sources(env, kafka)), kafka);
    return kafka;
  }

  /** TLS and SASL settings for the Kafka clients, from the properties file if one is given. */
  static Map<String, String> clientProperties(JobSettings job) {
    Map<String, String> properties = new HashMap<>();
    if (job.kafkaPropertiesFile() == null) {
      return properties;
    }
    Properties file = new Properties();
    try (Reader reader = Files.newBufferedReader(job.kafkaPropertiesFile())) {
      file.load(reader);
    } catch (IOException e) {
      throw new ConfigException(
          job.kafkaPropertiesFile()
              + ": cannot read the Kafka client properties ("
              + e.getMessage()
              + ")");
    }
    file.stringPropertyNames().forEach(name -> properties.put(name, file.getProperty(name)));
    return properties;
  }
}
