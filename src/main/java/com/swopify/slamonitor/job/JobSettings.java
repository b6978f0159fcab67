package com.swopify.slamonitor.job;

import com.swopify.slamonitor.detect.DetectorSettings;
import com.swopify.slamonitor.kafka.Topics;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Everything a Kafka-mode run needs, after the job file, environment variables and flags were
 * merged (flags win over the environment, the environment over the file, the file over these
 * defaults).
 *
 * @param kafkaPropertiesFile client properties for TLS and SASL (never in the job file itself)
 * @param transactionTimeout the sinks' Kafka transaction timeout: longer than the longest
 *     checkpoint plus the longest restart, and at most the brokers' transaction.max.timeout.ms
 * @param alertsExactlyOnce false delivers alerts at least once, without waiting for a checkpoint
 * @param checkpointDir a durable URI (file://, s3://) in production
 * @param outOfOrderness how far out of event-time order a busy partition's records may come
 * @param idleAfter wall-clock quiet after which a partition counts as caught up and quiet
 * @param quietLag how far a quiet partition's time trails the wall clock: how late an alert fires
 *     on quiet traffic, and how long a record may take to arrive after a quiet spell
 * @param breachCountDelay how long after a day ends its breach counts are written; null: the
 *     detectors' template window
 */
public record JobSettings(
    String name,
    String bootstrapServers,
    String groupId,
    Path kafkaPropertiesFile,
    Duration transactionTimeout,
    boolean alertsExactlyOnce,
    Topics topics,
    Path marketsFile,
    int parallelism,
    Duration checkpointInterval,
    String checkpointDir,
    String stateBackend,
    Duration outOfOrderness,
    Duration idleAfter,
    Duration quietLag,
    Duration idRetention,
    int metricsPort,
    DetectorSettings detectors,
    Duration breachCountDelay) {

  /** Settings with the policy detectors on their default thresholds. */
  public JobSettings(
      String name,
      String bootstrapServers,
      String groupId,
      Path kafkaPropertiesFile,
      Duration transactionTimeout,
      boolean alertsExactlyOnce,
      Topics topics,
      Path marketsFile,
      int parallelism,
      Duration checkpointInterval,
      String checkpointDir,
      String stateBackend,
      Duration outOfOrderness,
      Duration idleAfter,
      Duration quietLag,
      Duration idRetention,
      int metricsPort) {
    this(
        name,
        bootstrapServers,
        groupId,
        kafkaPropertiesFile,
        transactionTimeout,
        alertsExactlyOnce,
        topics,
        marketsFile,
        parallelism,
        checkpointInterval,
        checkpointDir,
        stateBackend,
        outOfOrderness,
        idleAfter,
        quietLag,
        idRetention,
        metricsPort,
        DetectorSettings.defaults(),
        null);
  }

  /** Settings whose breach counts close one template window after their day. */
  public JobSettings(
      String name,
      String bootstrapServers,
      String groupId,
      Path kafkaPropertiesFile,
      Duration transactionTimeout,
      boolean alertsExactlyOnce,
      Topics topics,
      Path marketsFile,
      int parallelism,
      Duration checkpointInterval,
      String checkpointDir,
      String stateBackend,
      Duration outOfOrderness,
      Duration idleAfter,
      Duration quietLag,
      Duration idRetention,
      int metricsPort,
      DetectorSettings detectors) {
    this(
        name,
        bootstrapServers,
        groupId,
        kafkaPropertiesFile,
        transactionTimeout,
        alertsExactlyOnce,
        topics,
        marketsFile,
        parallelism,
        checkpointInterval,
        checkpointDir,
        stateBackend,
        outOfOrderness,
        idleAfter,
        quietLag,
        idRetention,
        metricsPort,
        detectors,
        null);
  }

  public static JobSettings defaults() {
    return new JobSettings(
        "helpdesk-sla-monitor",
        "localhost:9092",
        "helpdesk-sla-monitor",
        null,
        Duration.ofMinutes(15),
        true,
        Topics.defaults(),
        null,
        1,
        Duration.ofSeconds(10),
        "file:///tmp/helpdesk-sla-monitor/checkpoints",
        "hashmap",
        Duration.ofSeconds(30),
        Duration.ofSeconds(5),
        Duration.ofSeconds(1),
        Duration.ofDays(30),
        9464);
  }

  /** Values given on the command line or in the environment; null keeps the file's value. */
  public record Overrides(
      String bootstrapServers,
      Path marketsFile,
      Integer parallelism,
      String checkpointDir,
      Integer metricsPort,
      Path kafkaPropertiesFile) {}

  public JobSettings with(Overrides o) {
    return new JobSettings(
        name,
        or(o.bootstrapServers(), bootstrapServers),
        groupId,
        or(o.kafkaPropertiesFile(), kafkaPropertiesFile),
        transactionTimeout,
        alertsExactlyOnce,
        topics,
        or(o.marketsFile(), marketsFile),
        or(o.parallelism(), parallelism),
        checkpointInterval,
        or(o.checkpointDir(), checkpointDir),
        stateBackend,
        outOfOrderness,
        idleAfter,
        quietLag,
        idRetention,
        or(o.metricsPort(), metricsPort),
        detectors,
        breachCountDelay);
  }

  private static <T> T or(T override, T value) {
    return override != null ? override : value;
  }
}
