package com.swopify.slamonitor.helm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a `helm upgrade` sends to the operator. The operator upgrades the job (savepoint, stop,
 * start from it) whenever the FlinkDeployment's spec changes, and only then: so the spec must
 * change with the job's settings, and must not with anything else.
 */
class ChartUpgradeTest {
  private static final String CHECKSUM = "checksum/job-files";

  private static JsonNode deployment(Map<String, Object> set) {
    Map<String, Object> values = new HashMap<>(set);
    values.put("kafka.bootstrapServers", Chart.BOOTSTRAP);
    return new Chart.Rendered(Chart.render(values, null)).one("FlinkDeployment");
  }

  private static String checksum(JsonNode deployment) {
    return deployment.at("/spec/podTemplate/metadata/annotations").path(CHECKSUM).asText();
  }

  @Test
  void aChangedJobSettingChangesTheSpecThroughTheChecksum() {
    JsonNode before = deployment(Map.of());
    JsonNode watermarks = deployment(Map.of("job.watermarks.outOfOrderness", "PT45S"));
    JsonNode detectors = deployment(Map.of("job.detectors.languageMinChars", 30));
    JsonNode topic = deployment(Map.of("kafka.topics.alerts", "sla.alerts.v2"));
    JsonNode markets = deployment(Map.of("markets", "markets: {}\n"));

    assertThat(checksum(before)).matches("[0-9a-f]{64}");
    assertThat(checksum(watermarks)).isNotEqualTo(checksum(before));
    assertThat(checksum(detectors))
        .isNotEqualTo(checksum(before))
        .isNotEqualTo(checksum(watermarks));
    assertThat(checksum(topic)).isNotEqualTo(checksum(before));
    assertThat(checksum(markets)).isNotEqualTo(checksum(before));
    // The same values, the same checksum: a no-op upgrade restarts nothing.
    assertThat(checksum(deployment(Map.of()))).isEqualTo(checksum(before));
  }

  @Test
  void aChartVersionBumpAloneLeavesTheSpecAsItWas(@TempDir Path dir) throws Exception {
    Path bumped = Chart.copyTo(dir);
    Path chartYaml = bumped.resolve("Chart.yaml");
    String chart = Files.readString(chartYaml);
    String newer =
        chart
            .replace("version: 0.1.0", "version: 0.2.0")
            .replace("appVersion: \"0.1.0\"", "appVersion: \"0.2.0\"");
    assertThat(newer).isNotEqualTo(chart);
    Files.writeString(chartYaml, newer);

    Map<String, Object> set = Map.of("kafka.bootstrapServers", Chart.BOOTSTRAP);
    JsonNode before = new Chart.Rendered(Chart.render(set, null)).one("FlinkDeployment");
    JsonNode after = new Chart.Rendered(Chart.render(bumped, set, null)).one("FlinkDeployment");
    assertThat(after.at("/metadata/labels/helm.sh~1chart").asText())
        .as("the chart's version did change")
        .isEqualTo("helpdesk-sla-monitor-0.2.0");
    assertThat(after.path("spec")).isEqualTo(before.path("spec"));
  }

  @Test
  void podTemplateLabelsNameNoVersion() {
    JsonNode labels =
        Chart.production().one("FlinkDeployment").at("/spec/podTemplate/metadata/labels");
    assertThat(labels.path("app.kubernetes.io/name").asText()).isEqualTo("helpdesk-sla-monitor");
    assertThat(labels.path("app.kubernetes.io/instance").asText()).isEqualTo(Chart.RELEASE);
    assertThat(labels.has("helm.sh/chart")).isFalse();
    assertThat(labels.has("app.kubernetes.io/version")).isFalse();
  }

  @Test
  void theOperatorKeepsTheStateThroughDeletionAndFailures() {
    JsonNode conf = Chart.defaults().one("FlinkDeployment").at("/spec/flinkConfiguration");
    assertThat(conf.path("kubernetes.operator.job.savepoint-on-deletion").asText())
        .isEqualTo("true");
    assertThat(conf.path("kubernetes.operator.periodic.savepoint.interval").asText())
        .isEqualTo("6h");
    assertThat(conf.path("kubernetes.operator.savepoint.history.max.count").asText())
        .isEqualTo("10");
    assertThat(conf.path("kubernetes.operator.savepoint.history.max.age").asText())
        .isEqualTo("72h");
    assertThat(conf.path("kubernetes.operator.cluster.health-check.enabled").asText())
        .isEqualTo("true");

    JsonNode none =
        deployment(Map.of("state.savepoints.periodicInterval", "")).at("/spec/flinkConfiguration");
    assertThat(none.has("kubernetes.operator.periodic.savepoint.interval")).isFalse();
  }

  @Test
  void aStandbyJobManagerComesWithADisruptionBudget() throws Exception {
    assertThat(Chart.defaults().all("PodDisruptionBudget")).isEmpty();

    JsonNode budget = Chart.production().one("PodDisruptionBudget");
    assertThat(budget.path("apiVersion").asText()).isEqualTo("policy/v1");
    assertThat(budget.at("/spec/maxUnavailable").asInt()).isEqualTo(1);
    JsonNode selector = budget.at("/spec/selector/matchLabels");
    assertThat(selector.path("app").asText()).isEqualTo("sla-helpdesk-sla-monitor");
    assertThat(selector.path("component").asText()).isEqualTo("jobmanager");
    assertThat(selector.path("type").asText()).isEqualTo("flink-native-kubernetes");
  }

  @Test
  void managedMemoryGoesToRocksDbOnly() {
    JsonNode heap = Chart.defaults().one("FlinkDeployment").at("/spec/flinkConfiguration");
    assertThat(heap.path("taskmanager.memory.managed.fraction").asText()).isEqualTo("0");
    assertThat(heap.has("state.backend.rocksdb.localdir")).isFalse();

    JsonNode rocks =
        new Chart.Rendered(Chart.render(Map.of(), Chart.DIR.resolve("ci/rocksdb-ha-values.yaml")))
            .one("FlinkDeployment")
            .at("/spec/flinkConfiguration");
    assertThat(rocks.path("taskmanager.memory.managed.fraction").asText()).isEqualTo("0.5");
    assertThat(rocks.path("state.backend.rocksdb.localdir").asText()).isEqualTo("/tmp/rocksdb");
  }

  @Test
  void tmpIsSizedAndEphemeralStorageRequested() {
    JsonNode spec =
        deployment(
                Map.of(
                    "taskManager.resources.ephemeralStorage",
                    "20Gi",
                    "securityContext.readOnlyRootFilesystem",
                    false))
            .path("spec");
    assertThat(spec.at("/jobManager/resource/ephemeralStorage").asText()).isEqualTo("1Gi");
    assertThat(spec.at("/taskManager/resource/ephemeralStorage").asText()).isEqualTo("20Gi");
    JsonNode pod = spec.at("/podTemplate/spec");
    JsonNode tmp = null;
    for (JsonNode volume : pod.path("volumes")) {
      if (volume.path("name").asText().equals("tmp")) {
        tmp = volume;
      }
    }
    assertThat(tmp).as("a /tmp volume even with a writable root filesystem").isNotNull();
    assertThat(tmp.at("/emptyDir/sizeLimit").asText()).isEqualTo("20Gi");
    assertThat(pod.at("/containers/0/volumeMounts").findValuesAsText("mountPath")).contains("/tmp");
  }

  /**
   * flinkVersion v2_2 exists in the operator's API from 1.13.0 on (an older operator refuses the
   * resource): the chart and the README say so.
   */
  @Test
  void theMinimumOperatorIsTheFirstThatKnowsTheFlinkVersion() throws Exception {
    JsonNode chart = Chart.readYaml(Files.readString(Chart.DIR.resolve("Chart.yaml")));
    assertThat(Chart.defaults().one("FlinkDeployment").at("/spec/flinkVersion").asText())
        .isEqualTo("v2_2");
    assertThat(chart.at("/annotations/flink-kubernetes-operator~1min-version").asText())
        .isEqualTo("1.13.0");
    assertThat(Files.readString(Path.of("README.md"))).contains("Flink Kubernetes Operator 1.13.0");
  }
}
