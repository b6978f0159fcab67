package com.swopify.slamonitor.kafka;

import com.swopify.slamonitor.config.ConfigException;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * How far the job's consumer group has got through its input topics: the offsets it committed (with
 * each completed checkpoint) against the ends of the partitions.
 */
public final class GroupProgress implements AutoCloseable {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  /** Summed over the input partitions: offsets committed, and records not yet committed. */
  public record Offsets(long committed, long lag) {}

  private final Admin admin;
  private final String groupId;
  private final List<String> topics;

  private GroupProgress(Admin admin, String groupId, List<String> topics) {
    this.admin = admin;
    this.groupId = groupId;
    this.topics = topics;
  }

  /**
   * Connects, and fails with one line if no broker answers within {@code connectTimeout}: a job
   * started without a reachable broker would otherwise retry for ever, warning as it goes.
   */
  public static GroupProgress connect(
      KafkaConnection kafka, String groupId, Collection<String> topics, Duration connectTimeout)
      throws InterruptedException {
    Admin admin = Admin.create(kafka.properties());
    try {
      admin.describeCluster().nodes().get(connectTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      admin.close(Duration.ZERO);
      throw new ConfigException(
          "no Kafka broker answered at "
              + kafka.bootstrapServers()
              + " within "
              + connectTimeout.toSeconds()
              + " s (--connect-timeout)");
    }
    return new GroupProgress(admin, groupId, List.copyOf(topics));
  }

  /** Without the check that a broker answers: for callers that ask again until one does. */
  static GroupProgress unchecked(KafkaConnection kafka, String groupId, Collection<String> topics) {
    return new GroupProgress(Admin.create(kafka.properties()), groupId, List.copyOf(topics));
  }

  public Offsets offsets() throws InterruptedException, ExecutionException, TimeoutException {
    Map<TopicPartition, OffsetAndMetadata> committed =
        admin
            .listConsumerGroupOffsets(groupId)
            .partitionsToOffsetAndMetadata()
            .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    admin
        .describeTopics(topics)
        .allTopicNames()
        .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
        .forEach(
            (topic, description) ->
                description
                    .partitions()
                    .forEach(
                        p ->
                            latest.put(
                                new TopicPartition(topic, p.partition()), OffsetSpec.latest())));
    long committedSum = 0;
    long lag = 0;
    var ends = admin.listOffsets(latest).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    for (var end : ends.entrySet()) {
      OffsetAndMetadata at = committed.get(end.getKey());
      long position = at == null ? 0 : at.offset();
      committedSum += position;
      lag += Math.max(0, end.getValue().offset() - position);
    }
    return new Offsets(committedSum, lag);
  }

  @Override
  public void close() {
    admin.close(Duration.ofSeconds(5));
  }
}
