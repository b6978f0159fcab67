package com.swopify.slamonitor.helm;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** values.schema.json stops bad values at install time, with a message that names the value. */
class ValuesSchemaTest {

  @Test
  void negativeParallelismIsRefused() {
    assertThatThrownBy(
            () ->
                Chart.render(
                    Map.of("kafka.bootstrapServers", Chart.BOOTSTRAP, "parallelism", -1), null))
        .hasMessageContaining("values don't meet the specifications of the schema")
        .hasMessageContaining("parallelism")
        .hasMessageMatching("(?s).*(greater than or equal to 1|minimum).*");
  }

  @Test
  void missingBootstrapServersAreRefused() {
    assertThatThrownBy(() -> Chart.render(Map.of(), null))
        .hasMessageContaining("values don't meet the specifications of the schema")
        .hasMessageContaining("bootstrapServers");
  }

  @Test
  void credentialsInFlinkConfigurationAreRefused() {
    assertThatThrownBy(
            () ->
                Chart.render(
                    Map.of(
                        "kafka.bootstrapServers",
                        Chart.BOOTSTRAP,
                        "flinkConfiguration.s3\\.secret-key",
                        "hunter2"),
                    null))
        .hasMessageContaining("invalid propertyName 's3.secret-key'");
  }

  @Test
  void strimziTopicsNeedTheirCluster() {
    assertThatThrownBy(
            () ->
                Chart.render(
                    Map.of(
                        "kafka.bootstrapServers",
                        Chart.BOOTSTRAP,
                        "kafka.strimziTopics.enabled",
                        true),
                    null))
        .hasMessageContaining("cluster");
  }
}
