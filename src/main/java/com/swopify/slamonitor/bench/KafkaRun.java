package com.swopify.slamonitor.bench;

import com.swopify.slamonitor.codec.OutputJson;
import com.swopify.slamonitor.detect.DetectorSettings;
import com.swopify.slamonitor.flink.RawRecord;
import com.swopify.slamonitor.flink.SlaSettings;
import com.swopify.slamonitor.job.JobSettings;
import com.swopify.slamonitor.job.KafkaJob;
import com.swopify.slamonitor.kafka.InputFeed;
import com.swopify.slamonitor.kafka.TopicAdmin;
import com.swopify.slamonitor.kafka.Topics;
import com.swopify.slamonitor.market.Markets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The monitor's Kafka job end to end against a real broker ({@code bench --kafka}). The workload is
 * produced once into input topics of the bench's own; each run is then the real Kafka-mode job
 * ({@link KafkaJob#define}) on the embedded Flink, bounded (it stops at the offsets that were the
 * latest when it started, and decides at the end of its input as a replay does), reading as a new
 * consumer group and writing exactly once, in Kafka transactions committed with checkpoints, to
 * output topics of its own. Its outputs are read back (read_committed) and counted. Every topic the
 * bench created is deleted when it closes.
 */
final class KafkaRun implements AutoCloseable {
  /**
   * Exactly-once outputs become visible at checkpoints, and a bounded job waits for one more after
   * its input ends: a short interval keeps that wait out of the figure, as a live job with alerts
   * due within seconds would also checkpoint often.
   */
  static final Duration CHECKPOINT_INTERVAL = Duration.ofSeconds(1);

  private static final Duration TRANSACTION_TIMEOUT = Duration.ofMinutes(10);
  private static final Duration RETENTION = Duration.ofDays(1);
  private static final Duration READ_TIMEOUT = Duration.ofMinutes(2);
  private static final long KAFKA_TIMEOUT_SECONDS = 30;

  /** The workload is written before the clock starts: large batches, throughput only. */
  private static final Duration PRODUCE_LINGER = Duration.ofMillis(20);

  private static final int PRODUCE_BATCH_BYTES = 256 * 1024;

  private final String bootstrapServers;
  private final String prefix;
  private final Topics inputTopics;
  private final int partitions;
  private final Path checkpoints;
  private final List<String> createdTopics = new ArrayList<>();
  private long produced;
  private int runs;

  private KafkaRun(String bootstrapServers, int partitions) throws IOException {
    this.bootstrapServers = bootstrapServers;
    this.partitions = partitions;
    this.prefix = "bench-" + UUID.randomUUID().toString().substring(0, 8) + ".";
    this.inputTopics = topics("in");
    this.checkpoints = Files.createTempDirectory("helpdesk-sla-monitor-bench-checkpoints");
  }

  /**
   * Creates the input topics, {@code partitions} partitions each, and produces the workload into
   * them, waiting for every record to be acknowledged by all in-sync replicas.
   */
  static KafkaRun prepare(String bootstrapServers, Workload workload, int partitions)
      throws IOException, InterruptedException {
    KafkaRun kafka = new KafkaRun(bootstrapServers, partitions);
    try {
      kafka.create(new ArrayList<>(kafka.inputTopics.inputs().values()));
      kafka.produce(workload.records());
      return kafka;
    } catch (RuntimeException | InterruptedException e) {
      kafka.close();
      throw e;
    }
  }

  /** The records produced, as many as the workload has. */
  long produced() {
    return produced;
  }

  String topicPrefix() {
    return prefix;
  }

  /**
   * One bounded run of the Kafka job over everything produced, into fresh output topics. Its
   * records are those produced (a bounded run reads them all); its time is the job's net run time,
   * from its start on the cluster to its end after the last checkpoint committed the outputs, so
   * the embedded cluster's own start is left out as in the in-memory runs.
   */
  PipelineRun.Result run(
      Markets markets,
      long asOfMillis,
      int parallelism,
      String stateBackend,
      DetectorSettings detectors)
      throws Exception {
    int run = ++runs;
    Topics out = topics("run" + run);
    Topics topics =
        new Topics(
            inputTopics.messages(),
            inputTopics.replies(),
            inputTopics.absences(),
            inputTopics.cases(),
            out.alerts(),
            out.breaches(),
            out.takeovers(),
            out.breachCounts(),
            out.deadLetters(),
            out.findingReviews(),
            inputTopics.marks(),
            out.sellerScores());
    create(topics.outputs());
    JobSettings defaults = JobSettings.defaults();
    JobSettings job =
        new JobSettings(
            prefix + "run" + run,
            bootstrapServers,
            prefix + "run" + run,
            null,
            TRANSACTION_TIMEOUT,
            true,
            topics,
            null,
            parallelism,
            CHECKPOINT_INTERVAL,
            checkpoints.resolve("run" + run).toUri().toString(),
            stateBackend,
            defaults.outOfOrderness(),
            defaults.idleAfter(),
            defaults.quietLag(),
            SlaSettings.DEFAULT_ID_RETENTION,
            0,
            detectors);

    Configuration conf = KafkaJob.configuration(job);
    conf.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.createLocalEnvironment(parallelism, conf);
    KafkaJob.define(env, job, markets, true, asOfMillis);
    JobExecutionResult result = env.execute("helpdesk-sla-monitor bench (kafka)");
    long elapsed = TimeUnit.MILLISECONDS.toNanos(result.getNetRuntime());
    return new PipelineRun.Result(produced, elapsed, countOutputs(topics));
  }

  private Topics topics(String part) {
    return Topics.defaults().withPrefix(prefix + part + ".");
  }

  private void create(List<String> topics) throws InterruptedException {
    try (TopicAdmin admin = TopicAdmin.connect(bootstrapServers)) {
      createdTopics.addAll(admin.createMissing(topics, partitions, (short) 1, RETENTION));
    }
  }

  private void produce(RawRecord[] records) throws InterruptedException {
    try (InputFeed feed =
        InputFeed.connect(bootstrapServers, inputTopics, PRODUCE_LINGER, PRODUCE_BATCH_BYTES)) {
      for (RawRecord record : records) {
        // Unkeyed, as the Helpdesk's test feeds are: the thread and seller keys come from the job.
        feed.send(record.source(), null, record.value());
      }
      feed.confirm();
    } catch (IllegalStateException e) {
      throw new IllegalStateException(
          "producing the workload to Kafka failed: " + e.getMessage(), e);
    }
    produced = records.length;
  }

  /** Every committed output record, counted by kind as the in-memory pipeline counts them. */
  private OutputCounts countOutputs(Topics topics) throws InterruptedException {
    Map<String, Long> counts = new HashMap<>();
    read(topics.alerts(), value -> OutputKind.ALERTS, counts);
    read(topics.breaches(), value -> OutputKind.ofBreach(OutputJson.readBreach(value)), counts);
    read(
        topics.takeovers(),
        value -> OutputKind.ofTakeover(OutputJson.readTakeover(value).reason()),
        counts);
    read(topics.breachCounts(), value -> OutputKind.BREACH_COUNTS, counts);
    read(topics.deadLetters(), value -> OutputKind.DEAD_LETTERS, counts);
    return OutputKind.counts(kind -> counts.getOrDefault(kind, 0L));
  }

  /** Which counter an output record's JSON goes to. */
  private interface Classifier {
    String kindOf(String value);
  }

  /** Reads a topic to its end as a read_committed consumer and counts its records by kind. */
  private void read(String topic, Classifier classifier, Map<String, Long> counts)
      throws InterruptedException {
    awaitResolvedTransactions(topic);
    Properties properties = consumerProperties("read_committed");
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> assigned = partitionsOf(consumer, topic);
      consumer.assign(assigned);
      consumer.seekToBeginning(assigned);
      Map<TopicPartition, Long> end = consumer.endOffsets(assigned);
      long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
      while (!caughtUp(consumer, end)) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(
              "could not read " + topic + " to its end within " + READ_TIMEOUT.toSeconds() + " s");
        }
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          counts.merge(
              classifier.kindOf(new String(record.value(), StandardCharsets.UTF_8)), 1L, Long::sum);
        }
      }
    }
  }

  /**
   * A producer's commit returns before the broker has written its commit markers into the
   * partitions: wait until the last stable offset has caught up with the log end.
   */
  private void awaitResolvedTransactions(String topic) throws InterruptedException {
    long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
    while (!endOffsets(topic, "read_committed").equals(endOffsets(topic, "read_uncommitted"))) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "transactions on " + topic + " still open after " + READ_TIMEOUT.toSeconds() + " s");
      }
      Thread.sleep(100);
    }
  }

  private Map<TopicPartition, Long> endOffsets(String topic, String isolation) {
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(
            consumerProperties(isolation),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer())) {
      return consumer.endOffsets(partitionsOf(consumer, topic));
    }
  }

  private Properties consumerProperties(String isolation) {
    Properties properties = new Properties();
    properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation);
    properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
    return properties;
  }

  private static List<TopicPartition> partitionsOf(KafkaConsumer<?, ?> consumer, String topic) {
    return consumer.partitionsFor(topic).stream()
        .map(p -> new TopicPartition(topic, p.partition()))
        .toList();
  }

  private static boolean caughtUp(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
    for (Map.Entry<TopicPartition, Long> partition : end.entrySet()) {
      if (consumer.position(partition.getKey()) < partition.getValue()) {
        return false;
      }
    }
    return true;
  }

  /** Deletes the topics the bench created and its checkpoints. */
  @Override
  public void close() {
    if (!createdTopics.isEmpty()) {
      Properties properties = new Properties();
      properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
      try (Admin admin = Admin.create(properties)) {
        admin.deleteTopics(createdTopics).all().get(KAFKA_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      } catch (ExecutionException | TimeoutException e) {
        System.err.println("bench: could not delete its topics " + prefix + "*: " + e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    try (Stream<Path> files = Files.walk(checkpoints)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
