package com.swopify.slamonitor.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates and checks topics; idempotent, so it can run at every deployment. */
public final class TopicAdmin implements AutoCloseable {
  private static final long TIMEOUT_SECONDS = 30;
  private final Admin admin;
  private final String bootstrapServers;
  private final Duration timeout;

  /** No broker answered within the timeout: not running, or not at the addresses given. */
  public static final class Unreachable extends IllegalStateException {
    Unreachable(String message) {
      super(message);
    }
  }

  private TopicAdmin(Admin admin, String bootstrapServers, Duration timeout) {
    this.admin = admin;
    this.bootstrapServers = bootstrapServers;
    this.timeout = timeout;
  }

  public static TopicAdmin connect(String bootstrapServers) {
    return connect(bootstrapServers, Duration.ofSeconds(TIMEOUT_SECONDS));
  }

  /**
   * @param timeout how long a call may wait for the brokers before they count as unreachable
   */
  public static TopicAdmin connect(String bootstrapServers, Duration timeout) {
    Properties properties = new Properties();
    properties.setProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    String millis = String.valueOf(timeout.toMillis());
    properties.setProperty(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis);
    // Kafka refuses an API timeout shorter than a request's.
    properties.setProperty(
        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
        String.valueOf(Math.min(timeout.toMillis(), 30_000)));
    return new TopicAdmin(Admin.create(properties), bootstrapServers, timeout);
  }

  public List<String> missing(List<String> topics) throws InterruptedException {
    Set<String> existing =
        call(() -> admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS));
    List<String> missing = new ArrayList<>();
    for (String topic : topics) {
      if (!existing.contains(topic)) {
        missing.add(topic);
      }
    }
    return missing;
  }

  /**
   * Creates the missing topics and returns their names, once the broker lists them: a create
   * answers before every broker's metadata has caught up, and a `topics check` or a job started
   * right after must find them.
   */
  public List<String> createMissing(
      List<String> topics, int partitions, short replicationFactor, Duration retention)
      throws InterruptedException {
    List<String> missing = missing(topics);
    List<String> created = new ArrayList<>();
    for (String topic : missing) {
      NewTopic newTopic =
          new NewTopic(topic, partitions, replicationFactor)
              .configs(Map.of("retention.ms", String.valueOf(retention.toMillis())));
      try {
        admin.createTopics(List.of(newTopic)).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        created.add(topic);
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof TopicExistsException)) {
          throw new IllegalStateException(
              "cannot create topic " + topic + ": " + e.getCause().getMessage(), e.getCause());
        }
      } catch (TimeoutException e) {
        throw new IllegalStateException(
            "no answer from Kafka within " + TIMEOUT_SECONDS + " s while creating " + topic);
      }
    }
    awaitListed(created);
    return created;
  }

  /** Deletes the topics (a bench's own, when it is done with them). */
  public void delete(List<String> topics) throws InterruptedException {
    if (!topics.isEmpty()) {
      call(() -> admin.deleteTopics(topics).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS));
    }
  }

  private void awaitListed(List<String> topics) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
    List<String> missing = missing(topics);
    while (!missing.isEmpty()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "Kafka created but does not list " + missing + " after " + TIMEOUT_SECONDS + " s");
      }
      Thread.sleep(100);
      missing = missing(topics);
    }
  }

  private interface KafkaCall<T> {
    T get() throws ExecutionException, TimeoutException, InterruptedException;
  }

  private <T> T call(KafkaCall<T> call) throws InterruptedException {
    try {
      return call.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException) {
        throw unreachable();
      }
      throw new IllegalStateException("Kafka: " + e.getCause().getMessage(), e.getCause());
    } catch (TimeoutException e) {
      throw unreachable();
    }
  }

  private Unreachable unreachable() {
    return new Unreachable(
        "no answer from Kafka at " + bootstrapServers + " within " + timeout.toSeconds() + " s");
  }

  @Override
  public void close() {
    admin.close(Duration.ofSeconds(5));
  }
}
