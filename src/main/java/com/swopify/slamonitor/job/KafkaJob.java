package com.swopify.slamonitor.job;

import com.swopify.slamonitor.calendar.ConfigException;
import com.swopify.slamonitor.calendar.MarketsConfig;
import com.swopify.slamonitor.flink.SlaJob;
import com.swopify.slamonitor.flink.SlaSettings;
import com.swopify.slamonitor.kafka.KafkaConnection;
import com.swopify.slamonitor.kafka.KafkaPipeline;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExecutionOptions;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** The monitor in Kafka mode: the job's dataflow between the contract's Kafka topics. */
public final class KafkaJob {
  private KafkaJob() {}

  /** Flink settings of a Kafka-mode run: exactly-once checkpoints, no Kryo, the state backend. */
  public static Configuration configuration(JobSettings job) {
    Configuration conf = SlaJob.baseConfiguration();
    conf.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, job.checkpointInterval());
    conf.set(CheckpointingOptions.CHECKPOINTING_CONSISTENCY_MODE, CheckpointingMode.EXACTLY_ONCE);
    conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, job.checkpointDir());
    conf.set(StateBackendOptions.STATE_BACKEND, job.stateBackend());
    // Heap state: an uncompressed checkpoint is read back one byte per system call; compressed
    // it restores about a hundred times faster and is 2.4 times smaller (docs/benchmarks.md,
    // "State, checkpoints and restore"). Older uncompressed checkpoints still restore.
    conf.set(ExecutionOptions.SNAPSHOT_COMPRESSION, true);
    return conf;
  }

  /**
   * Defines the job on {@code env}.
   *
   * @param bounded read up to the offsets that are the latest at start, then finish
   * @param asOfMillis Long.MAX_VALUE when live; a bounded run may stop "now" earlier
   */
  public static void define(StreamExecutionEnvironment env, JobSettings job, MarketsConfig markets,
      boolean bounded, long asOfMillis) {
    KafkaPipeline.Settings kafka = new KafkaPipeline.Settings(
        new KafkaConnection(job.bootstrapServers(), clientProperties(job)),
        job.topics(), job.groupId(),
        job.alertsExactlyOnce() ? DeliveryGuarantee.EXACTLY_ONCE : DeliveryGuarantee.AT_LEAST_ONCE,
        job.transactionTimeout(), bounded, markets.codes(), job.outOfOrderness(), job.idleAfter(),
        job.quietLag());
    SlaSettings sla =
        new SlaSettings(markets, asOfMillis, job.idRetention(), job.metricsPort())
            .withDetectors(job.detectors()).withBreachCountDelay(job.breachCountDelay());
    KafkaPipeline.sinks(SlaJob.defineWorkflow(sla, KafkaPipeline.sources(env, kafka)), kafka);
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
      throw new ConfigException(job.kafkaPropertiesFile()
          + ": cannot read the Kafka client properties (" + e.getMessage() + ")");
    }
    file.stringPropertyNames().forEach(name -> properties.put(name, file.getProperty(name)));
    return properties;
  }
}
