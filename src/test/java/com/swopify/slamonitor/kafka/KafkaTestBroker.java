package com.swopify.slamonitor.kafka;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The project's {@link DevBroker} (a real single-node Kafka 4 broker, KRaft, in this JVM) on a free
 * port with throwaway data, as a JUnit extension: {@code @RegisterExtension static final
 * KafkaTestBroker BROKER = new KafkaTestBroker();} starts it before the class's tests and stops it
 * after them. Tests thus run on the broker users run with {@code dev-kafka} and {@code demo
 * --live}.
 */
final class KafkaTestBroker implements BeforeAllCallback, AfterAllCallback {
  private ScratchDirectory data;
  private DevBroker broker;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    data = ScratchDirectory.create("kafka-test-broker-");
    broker = DevBroker.start(DevBroker.freePort(), data.path());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    try {
      broker.close();
    } finally {
      data.close();
    }
  }

  String bootstrapServers() {
    return broker.bootstrapServers();
  }

  /** Produces every non-blank line of a file as one record value, keyed by nothing, in order. */
  void produceLines(String topic, Path file) throws Exception {
    try (InputFeed feed = InputFeed.connect(bootstrapServers(), Topics.defaults(), Duration.ZERO)) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          feed.send(topic, null, line);
        }
      }
      feed.confirm();
    }
  }

  /**
   * All committed records of a topic, as a read_committed consumer sees them, once every
   * transaction on it is resolved: a producer's commit returns before the broker has written the
   * commit markers into the partitions, so right after a job finishes the last stable offset may
   * still be catching up with the log end.
   */
  List<ConsumerRecord<String, String>> readCommitted(String topic) throws InterruptedException {
    return readCommitted(bootstrapServers(), topic);
  }

  /** As {@link #readCommitted(String)}, from any broker. */
  static List<ConsumerRecord<String, String>> readCommitted(String bootstrapServers, String topic)
      throws InterruptedException {
    awaitResolvedTransactions(bootstrapServers, topic);
    Properties properties = new Properties();
    properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    List<ConsumerRecord<String, String>> records = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic).stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (!caughtUp(consumer, end) && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
    }
    return records;
  }

  private static void awaitResolvedTransactions(String bootstrapServers, String topic)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!endOffsets(bootstrapServers, topic, "read_committed")
        .equals(endOffsets(bootstrapServers, topic, "read_uncommitted"))) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("transactions on " + topic + " still open after 30 s");
      }
      Thread.sleep(100);
    }
  }

  private static Map<TopicPartition, Long> endOffsets(
      String bootstrapServers, String topic, String isolation) {
    Properties properties = new Properties();
    properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation);
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer())) {
      return consumer.endOffsets(
          consumer.partitionsFor(topic).stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList());
    }
  }

  private static boolean caughtUp(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
    for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
      if (consumer.position(e.getKey()) < e.getValue()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The records as a replay would write them, sorted: dead letters from Kafka also say where they
   * came from (topic, partition, offset), which a replay of files cannot, so that part is checked
   * on its own and left out here.
   */
  static List<String> comparableValues(String file, List<ConsumerRecord<String, String>> records) {
    if (!file.equals(com.swopify.slamonitor.replay.ReplayRunner.DEAD_LETTERS)) {
      return sortedValues(records);
    }
    List<String> values = new ArrayList<>();
    for (ConsumerRecord<String, String> record : records) {
      var d = com.swopify.slamonitor.codec.OutputJson.readDeadLetter(record.value());
      if (d.topic() == null || d.partition() == null || d.offset() == null) {
        throw new AssertionError("dead letter without its Kafka location: " + record.value());
      }
      values.add(
          com.swopify.slamonitor.codec.OutputJson.deadLetter(
              new com.swopify.slamonitor.events.DeadLetter(
                  d.source(), d.reason(), d.raw(), null, null, null)));
    }
    Collections.sort(values);
    return values;
  }

  static List<String> sortedValues(List<ConsumerRecord<String, String>> records) {
    List<String> values = new ArrayList<>(records.stream().map(ConsumerRecord::value).toList());
    Collections.sort(values);
    return values;
  }
}
