package com.swopify.slamonitor.helm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.swopify.slamonitor.kafka.Topics;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each chart-testing case (ci/*-values.yaml) renders and validates: the FlinkDeployment in the
 * operator's model, the KafkaTopics against Strimzi's CRD, the PodDisruptionBudget in Kubernetes'
 * model; strictly, unknown fields failing.
 */
class CiValuesTest {

  static List<Path> ciValues() {
    List<Path> files = Chart.ciValues();
    assertThat(files)
        .extracting(f -> f.getFileName().toString())
        .contains("default-values.yaml", "rocksdb-ha-values.yaml", "strimzi-topics-values.yaml");
    return files;
  }

  @ParameterizedTest
  @MethodSource("ciValues")
  void rendersAndValidates(Path values) throws Exception {
    Chart.Rendered rendered = new Chart.Rendered(Chart.render(Map.of(), values));
    FlinkDeploymentModelTest.check(rendered.one("FlinkDeployment"), 2);
    for (JsonNode topic : rendered.all("KafkaTopic")) {
      assertThat(KafkaTopicCrdTest.KAFKA_TOPIC.violations(topic)).isEmpty();
    }
    for (JsonNode budget : rendered.all("PodDisruptionBudget")) {
      FlinkDeploymentModelTest.assertNoAdditionalProperties(
          FlinkDeploymentModelTest.STRICT.treeToValue(budget, PodDisruptionBudget.class),
          "PodDisruptionBudget");
    }
    String name = values.getFileName().toString();
    JsonNode conf = rendered.one("FlinkDeployment").at("/spec/flinkConfiguration");
    if (name.startsWith("rocksdb")) {
      assertThat(conf.path("state.backend.type").asText()).isEqualTo("rocksdb");
      assertThat(conf.path("taskmanager.memory.managed.fraction").asText()).isEqualTo("0.5");
      assertThat(rendered.all("PodDisruptionBudget")).hasSize(1);
    }
    if (name.startsWith("strimzi")) {
      assertThat(rendered.all("KafkaTopic"))
          .hasSize(Topics.defaults().all().size())
          .allSatisfy(t -> assertThat(t.at("/metadata/namespace").asText()).isEqualTo("kafka"));
    }
  }
}
