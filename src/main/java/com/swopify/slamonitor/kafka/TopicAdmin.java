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

  private TopicAdmin(Admin admin) {
    this.admin = admin;
  }

  public static TopicAdmin connect(String bootstrapServers) {
    Properties properties = new Properties();
    properties.setProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    properties.setProperty(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "30000");
    return new TopicAdmin(Admin.create(properties));
  }

  public List<String> missing(List<String> topics) throws InterruptedException {
    Set<String> existing = call(() -> admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
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
  public List<String> createMissing(List<String> topics, int partitions, short replicationFactor,
      Duration retention) throws InterruptedException {
    List<String> missing = missing(topics);
    List<String> created = new ArrayList<>();
    for (String topic : missing) {
      NewTopic newTopic = new NewTopic(topic, partitions, replicationFactor)
          .configs(Map.of("retention.ms", String.valueOf(retention.toMillis())));
      try {
        admin.createTopics(List.of(newTopic)).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        created.add(topic);
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof TopicExistsException)) {
          throw new IllegalStateException("cannot create topic " + topic + ": "
              + e.getCause().getMessage(), e.getCause());
        }
      } catch (TimeoutException e) {
        throw new IllegalStateException("no answer from Kafka within " + TIMEOUT_SECONDS
            + " s while creating " + topic);
      }
    }
    awaitListed(created);
    return created;
  }

  /** Deletes the topics (a bench's own, when it is done with them). */
  public void delete(List<String> topics) throws InterruptedException {
    if (!topics.isEmpty()) {
      call(() -> admin.deleteTopics(topics).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
    }
  }

  private void awaitListed(List<String> topics) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
    List<String> missing = missing(topics);
    while (!missing.isEmpty()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("Kafka created but does not list " + missing + " after "
            + TIMEOUT_SECONDS + " s");
      }
      Thread.sleep(100);
      missing = missing(topics);
    }
  }

  private interface KafkaCall<T> {
    T get() throws ExecutionException, TimeoutException, InterruptedException;
  }

  private static <T> T call(KafkaCall<T> call) throws InterruptedException {
    try {
      return call.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("Kafka: " + e.getCause().getMessage(), e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException("no answer from Kafka within " + TIMEOUT_SECONDS + " s");
    }
  }

  @Override
  public void close() {
    admin.close(Duration.ofSeconds(5));
  }
}
