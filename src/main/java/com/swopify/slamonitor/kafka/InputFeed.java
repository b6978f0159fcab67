package com.swopify.slamonitor.kafka;

import com.swopify.slamonitor.events.Source;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes records into the input topics as the Helpdesk does (one JSON line a record value,
 * acknowledged by every replica), and keeps the pace of a feed whose records are due at given
 * instants. The one producer of every feed: the live demo, the benchmarks and the tests' inputs.
 *
 * <p>Sends are asynchronous; what the broker acknowledged and what failed is counted, and {@link
 * #confirm()} waits for every send so far and fails if any did.
 */
public final class InputFeed implements AutoCloseable {
  private static final Duration CLOSE_LIMIT = Duration.ofSeconds(10);

  private final KafkaProducer<String, String> producer;
  private final Map<Source, String> inputs;
  private final AtomicLong acknowledged = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicReference<String> firstFailure = new AtomicReference<>();

  private InputFeed(Properties properties, Topics topics) {
    this.producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
    this.inputs = topics.inputs();
  }

  /**
   * A feed into {@code topics}' inputs.
   *
   * @param linger how long a record may wait for others to share its batch: zero where each record
   *     must leave when it is due, more where only throughput counts
   */
  public static InputFeed connect(String bootstrapServers, Topics topics, Duration linger) {
    return new InputFeed(properties(bootstrapServers, linger), topics);
  }

  /** As {@link #connect(String, Topics, Duration)}, with batches of up to {@code batchBytes}. */
  public static InputFeed connect(
      String bootstrapServers, Topics topics, Duration linger, int batchBytes) {
    Properties properties = properties(bootstrapServers, linger);
    properties.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(batchBytes));
    return new InputFeed(properties, topics);
  }

  private static Properties properties(String bootstrapServers, Duration linger) {
    Properties properties = new Properties();
    properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    properties.put(ProducerConfig.ACKS_CONFIG, "all");
    properties.put(ProducerConfig.LINGER_MS_CONFIG, String.valueOf(linger.toMillis()));
    return properties;
  }

  /** Sends a record to the input topic of {@code source}; {@code key} may be null. */
  public void send(Source source, String key, String value) {
    send(inputs.get(source), key, value);
  }

  /** Sends a record to any topic; {@code key} may be null. */
  public void send(String topic, String key, String value) {
    producer.send(
        new ProducerRecord<>(topic, key, value),
        (metadata, error) -> {
          if (error == null) {
            acknowledged.incrementAndGet();
          } else {
            firstFailure.compareAndSet(null, error.getMessage());
            failed.incrementAndGet();
          }
        });
  }

  /** Waits until every record sent so far is acknowledged or has failed. */
  public void flush() {
    producer.flush();
  }

  /**
   * Waits for every record sent so far.
   *
   * @throws IllegalStateException when Kafka did not take one of them
   */
  public void confirm() {
    producer.flush();
    if (failed.get() > 0) {
      throw new IllegalStateException(
          failed.get() + " record(s) not written to Kafka: " + firstFailure.get());
    }
  }

  /** Records the broker acknowledged. */
  public long acknowledged() {
    return acknowledged.get();
  }

  /** Records Kafka did not take. */
  public long failed() {
    return failed.get();
  }

  /**
   * Sleeps until {@code due}, at once when it has passed: a record that comes late leaves
   * immediately, so a feed's rate holds while the broker or the machine hiccups.
   */
  public static void waitUntil(Instant due) throws InterruptedException {
    long wait = Duration.between(Instant.now(), due).toMillis();
    if (wait > 0) {
      Thread.sleep(wait);
    }
  }

  @Override
  public void close() {
    producer.close(CLOSE_LIMIT);
  }
}
