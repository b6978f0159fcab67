package com.swopify.slamonitor.helm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.swopify.slamonitor.kafka.Topics;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The chart's KafkaTopics against Strimzi's own CRD (src/test/resources/strimzi). */
class KafkaTopicCrdTest {
  static final CustomResourceSchema KAFKA_TOPIC =
      CustomResourceSchema.load(Path.of("src/test/resources/strimzi/043-Crd-kafkatopic.yaml"));

  private static List<JsonNode> topics(Map<String, Object> set) {
    return new Chart.Rendered(Chart.render(set, null)).all("KafkaTopic");
  }

  @Test
  void renderedTopicsFitStrimzisV1Crd() {
    List<JsonNode> topics = Chart.production().all("KafkaTopic");
    assertThat(topics)
        .hasSize(Topics.defaults().all().size())
        .allSatisfy(
            topic -> {
              assertThat(topic.path("apiVersion").asText()).isEqualTo("kafka.strimzi.io/v1");
              assertThat(KAFKA_TOPIC.violations(topic)).isEmpty();
            });
  }

  @Test
  void whatTheApiServerWouldRefuseOrPruneIsCaught() {
    ObjectNode topic = Chart.production().all("KafkaTopic").get(0).deepCopy();
    ObjectNode old = topic.deepCopy().put("apiVersion", "kafka.strimzi.io/v1beta2");
    assertThat(KAFKA_TOPIC.violations(old)).singleElement().asString().contains("not served");

    ObjectNode bad = topic.deepCopy();
    ((ObjectNode) bad.path("spec")).put("partitions", 0).put("replica", 3);
    ((ObjectNode) bad.path("spec")).put("topicName", 7);
    assertThat(KAFKA_TOPIC.violations(bad))
        .containsExactlyInAnyOrder(
            "spec.partitions 0 is below the minimum 1",
            "spec.replica is not in the schema (the API server would prune it)",
            "spec.topicName must be a string, not 7");
  }

  @Test
  void topicsGoWhereTheTopicOperatorWatches() {
    Map<String, Object> strimzi =
        Map.of(
            "kafka.strimziTopics.enabled", true, "kafka.strimziTopics.cluster", "helpdesk-kafka");
    Map<String, Object> explicit = new java.util.HashMap<>(strimzi);
    explicit.put("kafka.bootstrapServers", "helpdesk-kafka-bootstrap.kafka.svc:9092");
    explicit.put("kafka.strimziTopics.namespace", "streaming");
    assertThat(topics(explicit))
        .allSatisfy(t -> assertThat(t.at("/metadata/namespace").asText()).isEqualTo("streaming"));

    Map<String, Object> fromBootstrap = new java.util.HashMap<>(strimzi);
    fromBootstrap.put(
        "kafka.bootstrapServers",
        "helpdesk-kafka-bootstrap.kafka.svc.cluster.local:9093,other:9093");
    assertThat(topics(fromBootstrap))
        .allSatisfy(t -> assertThat(t.at("/metadata/namespace").asText()).isEqualTo("kafka"));

    Map<String, Object> elsewhere = new java.util.HashMap<>(strimzi);
    elsewhere.put("kafka.bootstrapServers", "broker-0.example.com:9093");
    assertThat(topics(elsewhere))
        .hasSize(Topics.defaults().all().size())
        .allSatisfy(
            t -> assertThat(t.at("/metadata/namespace").asText()).isEqualTo(Chart.NAMESPACE));
  }
}
