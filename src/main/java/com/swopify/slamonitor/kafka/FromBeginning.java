package com.swopify.slamonitor.kafka;

import java.util.List;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

/** A consumer of its own (no group) on every partition of some topics, from their start. */
public final class FromBeginning {
  private FromBeginning() {}

  public static void assign(Consumer<?, ?> consumer, List<String> topics) {
    List<TopicPartition> partitions =
        topics.stream()
            .flatMap(topic -> consumer.partitionsFor(topic).stream())
            .map(p -> new TopicPartition(p.topic(), p.partition()))
            .toList();
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
  }
}
