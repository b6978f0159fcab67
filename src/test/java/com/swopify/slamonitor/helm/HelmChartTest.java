package com.swopify.slamonitor.helm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.swopify.slamonitor.detect.DetectorSettings;
import com.swopify.slamonitor.job.JobFile;
import com.swopify.slamonitor.job.JobSettings;
import com.swopify.slamonitor.market.Markets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chart rendered with its defaults and with production-like values, read as objects. */
class HelmChartTest {
  private static final Path CHART = Chart.DIR;

  /**
   * The brokers have no default on purpose (the schema requires them), and helm-java's lint takes
   * no --set, so the lint runs on a copy of the chart whose values.yaml names a broker: the
   * templates, Chart.yaml and schema linted are the chart's own.
   */
  @Test
  void chartLintsCleanly(@TempDir Path dir) throws Exception {
    Path copy = Chart.copyTo(dir);
    String values = Files.readString(copy.resolve("values.yaml"));
    String withBroker =
        values.replace(
            "  bootstrapServers: \"\"\n", "  bootstrapServers: \"" + Chart.BOOTSTRAP + "\"\n");
    assertThat(withBroker).isNotEqualTo(values);
    Files.writeString(copy.resolve("values.yaml"), withBroker);

    LintResult lint = new Helm(copy).lint().strict().call();
    assertThat(lint.isFailed()).as("helm lint --strict: %s", lint.getMessages()).isFalse();
  }

  @Test
  void lintOfTheChartAsShippedNamesTheMissingBrokers() {
    LintResult lint = new Helm(CHART).lint().call();
    assertThat(lint.isFailed()).isTrue();
    assertThat(String.join("\n", lint.getMessages())).contains("/kafka/bootstrapServers");
  }

  @Test
  void flinkDeploymentRunsTheMonitorInApplicationMode() {
    JsonNode spec = Chart.defaults().one("FlinkDeployment").path("spec");
    JsonNode job = spec.path("job");
    assertThat(job.path("jarURI").asText())
        .isEqualTo("local:///opt/flink/usrlib/helpdesk-sla-monitor-job.jar");
    assertThat(job.path("entryClass").asText())
        .isEqualTo("com.swopify.slamonitor.job.ClusterEntryPoint");
    assertThat(texts(job.path("args")))
        .containsExactly("--job", "/opt/helpdesk-sla/job/helpdesk-sla.yaml");
    assertThat(job.path("upgradeMode").asText()).isEqualTo("savepoint");
    assertThat(job.path("parallelism").asInt()).isEqualTo(2);
    assertThat(spec.path("mode").asText()).isEqualTo("native");
    assertThat(spec.path("flinkVersion").asText()).isEqualTo("v2_2");

    JsonNode conf = spec.path("flinkConfiguration");
    assertThat(conf.path("taskmanager.numberOfTaskSlots").asText()).isEqualTo("2");
    assertThat(conf.path("high-availability.type").asText()).isEqualTo("kubernetes");
    assertThat(conf.path("high-availability.storageDir").asText())
        .isEqualTo("s3://helpdesk-sla-monitor/state/ha");
    assertThat(conf.path("execution.checkpointing.dir").asText())
        .isEqualTo("s3://helpdesk-sla-monitor/state/checkpoints");
    assertThat(conf.path("state.checkpoints.dir").asText())
        .isEqualTo("s3://helpdesk-sla-monitor/state/checkpoints");
    assertThat(conf.path("execution.checkpointing.savepoint-dir").asText())
        .isEqualTo("s3://helpdesk-sla-monitor/state/savepoints");
    assertThat(conf.path("state.savepoints.dir").asText())
        .isEqualTo("s3://helpdesk-sla-monitor/state/savepoints");
    assertThat(conf.path("execution.checkpointing.interval").asText()).isEqualTo("10s");
    assertThat(conf.path("pipeline.generic-types").asText()).isEqualTo("false");
    assertThat(conf.path("execution.checkpointing.snapshot-compression").asText())
        .isEqualTo("true");
    assertThat(conf.path("metrics.reporter.prom.factory.class").asText())
        .isEqualTo("org.apache.flink.metrics.prometheus.PrometheusReporterFactory");
    assertThat(conf.path("metrics.reporter.prom.port").asText()).isEqualTo("9249");
    // The operator's v1beta1 model holds flinkConfiguration as strings: a YAML number or
    // boolean there is a conversion left to chance.
    conf.fields()
        .forEachRemaining(
            e -> assertThat(e.getValue().isTextual()).as("%s is a string", e.getKey()).isTrue());

    assertThat(spec.path("jobManager").path("resource").path("cpu").asDouble()).isEqualTo(1.0);
    assertThat(spec.path("jobManager").path("resource").path("memory").asText()).isEqualTo("2048m");
    assertThat(spec.path("taskManager").path("resource").path("cpu").asDouble()).isEqualTo(2.0);
    assertThat(spec.path("taskManager").path("resource").path("memory").asText())
        .isEqualTo("4096m");
  }

  @Test
  void productionValuesReachTheFlinkDeployment() {
    Chart.Rendered rendered = Chart.production();
    JsonNode spec = rendered.one("FlinkDeployment").path("spec");
    assertThat(spec.path("image").asText())
        .isEqualTo("registry.example.com/helpdesk/helpdesk-sla-monitor:0.1.0");
    assertThat(spec.path("job").path("parallelism").asInt()).isEqualTo(6);
    assertThat(texts(spec.path("job").path("args")))
        .containsExactly("--job", "/opt/helpdesk-sla/job/helpdesk-sla.yaml");
    JsonNode conf = spec.path("flinkConfiguration");
    assertThat(conf.path("taskmanager.numberOfTaskSlots").asText()).isEqualTo("3");
    // The trailing slash of state.dir does not double.
    assertThat(conf.path("execution.checkpointing.dir").asText())
        .isEqualTo("s3://prod-helpdesk-sla/state/checkpoints");
    assertThat(conf.path("execution.checkpointing.savepoint-dir").asText())
        .isEqualTo("s3://prod-helpdesk-sla/state/savepoints");
    assertThat(conf.path("high-availability.storageDir").asText())
        .isEqualTo("s3://prod-helpdesk-sla/state/ha");
    assertThat(conf.path("execution.checkpointing.interval").asText()).isEqualTo("30s");
    assertThat(conf.path("state.backend.type").asText()).isEqualTo("rocksdb");
    assertThat(conf.path("s3.endpoint").asText()).isEqualTo("https://minio.storage.svc:9000");
    assertThat(conf.path("s3.path.style.access").asText()).isEqualTo("true");
    assertThat(conf.path("restart-strategy.type").asText()).isEqualTo("exponential-delay");
    assertThat(spec.path("jobManager").path("replicas").asInt()).isEqualTo(2);
    assertThat(spec.path("jobManager").path("resource").path("cpu").asDouble()).isEqualTo(1.5);
    assertThat(spec.path("taskManager").path("resource").path("memory").asText())
        .isEqualTo("8192m");
    assertThat(texts(spec.path("podTemplate").path("spec").path("imagePullSecrets"), "name"))
        .containsExactly("registry-pull");

    assertThat(rendered.all("KafkaTopic")).hasSize(12);
    assertThat(
            rendered.all("KafkaTopic").stream().map(t -> t.path("spec").path("topicName").asText()))
        .containsExactlyInAnyOrder(
            "helpdesk.buyer-messages",
            "helpdesk.seller-replies",
            "helpdesk.seller-absences",
            "helpdesk.cases",
            "sla.alerts",
            "sla.breaches",
            "sla.takeovers",
            "sla.breach-counts",
            "sla.dead-letters",
            "sla.finding-reviews",
            "helpdesk.message-marks",
            "sla.seller-scores");
    rendered
        .all("KafkaTopic")
        .forEach(
            t -> {
              assertThat(t.at("/metadata/labels/strimzi.io~1cluster").asText())
                  .isEqualTo("helpdesk-kafka");
              assertThat(t.at("/spec/partitions").asInt()).isEqualTo(12);
              assertThat(t.at("/metadata/name").asText()).matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
            });
    assertThat(rendered.one("PodMonitor").at("/metadata/labels/release").asText())
        .isEqualTo("kube-prometheus-stack");
    assertThat(
            rendered
                .one("ConfigMap", "-dashboard")
                .at("/metadata/annotations/grafana_folder")
                .asText())
        .isEqualTo("Helpdesk");
  }

  @Test
  void podsRunAsFlinkWithoutRootAndReadOnly() {
    JsonNode pod = Chart.defaults().one("FlinkDeployment").at("/spec/podTemplate/spec");
    assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
    assertThat(pod.at("/securityContext/runAsUser").asInt()).isEqualTo(9999);
    JsonNode main = pod.path("containers").get(0);
    assertThat(main.path("name").asText()).isEqualTo("flink-main-container");
    assertThat(main.at("/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();
    assertThat(main.at("/securityContext/allowPrivilegeEscalation").asBoolean()).isFalse();
    assertThat(texts(main.path("ports"), "containerPort")).containsExactly("9249", "9464");
    assertThat(texts(main.path("volumeMounts"), "mountPath"))
        .contains("/opt/helpdesk-sla/job", "/tmp", "/opt/flink/log");
    assertThat(texts(pod.path("volumes"), "name")).contains("job", "tmp", "flink-log");
  }

  @Test
  void kafkaCredentialsComeOnlyFromTheExistingSecret() {
    Chart.Rendered rendered = Chart.production();
    JsonNode pod = rendered.one("FlinkDeployment").at("/spec/podTemplate/spec");
    JsonNode main = pod.path("containers").get(0);

    JsonNode kafkaVolume = byName(pod.path("volumes"), "kafka-client");
    assertThat(kafkaVolume.at("/secret/secretName").asText())
        .isEqualTo("helpdesk-sla-kafka-client");
    assertThat(byName(main.path("volumeMounts"), "kafka-client").path("mountPath").asText())
        .isEqualTo("/opt/helpdesk-sla/kafka");
    assertThat(byName(main.path("env"), "HELPDESK_SLA_KAFKA_PROPERTIES").path("value").asText())
        .isEqualTo("/opt/helpdesk-sla/kafka/client.properties");
    JsonNode s3Key = byName(main.path("env"), "AWS_SECRET_ACCESS_KEY");
    assertThat(s3Key.has("value")).isFalse();
    assertThat(s3Key.at("/valueFrom/secretKeyRef/name").asText()).isEqualTo("helpdesk-sla-s3");

    // No Secret is created, and nothing rendered looks like a credential.
    assertThat(rendered.all("Secret")).isEmpty();
    Pattern credential =
        Pattern.compile(
            "(?i)(password|sasl\\.jaas\\.config|secret-key|access-key|secret_access_key)\\s*[=:]");
    List<String> texts = new ArrayList<>();
    rendered.documents().forEach(d -> collectTexts(d, texts));
    assertThat(texts).noneMatch(t -> credential.matcher(t).find());
    for (JsonNode env : main.path("env")) {
      if (env.path("name").asText().matches("(?i).*(KEY|SECRET|PASSWORD|TOKEN).*")) {
        assertThat(env.has("value")).as("%s must come from a Secret", env.path("name")).isFalse();
      }
    }
  }

  @Test
  void withoutAPropertiesSecretNothingIsMounted() {
    JsonNode pod = Chart.defaults().one("FlinkDeployment").at("/spec/podTemplate/spec");
    assertThat(texts(pod.path("volumes"), "name")).doesNotContain("kafka-client");
    assertThat(texts(pod.path("containers").get(0).path("env"), "name"))
        .doesNotContain("HELPDESK_SLA_KAFKA_PROPERTIES");
  }

  @Test
  void prometheusRuleIsTheRulesFile() throws Exception {
    JsonNode source = Chart.readYaml(Files.readString(CHART.resolve("prometheus/rules.yaml")));
    JsonNode rule = Chart.defaults().one("PrometheusRule");
    assertThat(rule.path("apiVersion").asText()).isEqualTo("monitoring.coreos.com/v1");
    assertThat(rule.at("/spec/groups")).isEqualTo(source.path("groups"));
    assertThat(rule.at("/spec/groups").size()).isPositive();
  }

  @Test
  void dashboardConfigMapIsTheDashboardFile() throws Exception {
    JsonNode source =
        Chart.JSON.readTree(Files.readString(CHART.resolve("dashboards/helpdesk-sla.json")));
    JsonNode map = Chart.defaults().one("ConfigMap", "-dashboard");
    assertThat(map.at("/metadata/labels/grafana_dashboard").asText()).isEqualTo("1");
    assertThat(Chart.JSON.readTree(map.at("/data/helpdesk-sla.json").asText())).isEqualTo(source);
  }

  @Test
  void podMonitorScrapesBothPortsOfTheJobsPods() {
    Chart.Rendered rendered = Chart.defaults();
    JsonNode monitor = rendered.one("PodMonitor");
    assertThat(monitor.at("/spec/selector/matchLabels/app").asText())
        .isEqualTo("sla-helpdesk-sla-monitor");
    assertThat(texts(monitor.at("/spec/podMetricsEndpoints"), "port"))
        .containsExactly("flink-metrics", "monitor-metrics");
    JsonNode main = rendered.one("FlinkDeployment").at("/spec/podTemplate/spec/containers/0");
    assertThat(texts(main.path("ports"), "name"))
        .containsExactly("flink-metrics", "monitor-metrics");
    assertThat(rendered.one("FlinkDeployment").at("/metadata/name").asText())
        .isEqualTo("sla-helpdesk-sla-monitor");
    JsonNode policy = rendered.one("NetworkPolicy");
    assertThat(policy.at("/spec/podSelector/matchLabels"))
        .isEqualTo(monitor.at("/spec/selector/matchLabels"));
    assertThat(rendered.all("KafkaTopic")).as("Strimzi topics are off by default").isEmpty();
  }

  /** The rendered job file is one the monitor's `run --job` accepts, with the chart's values. */
  @Test
  void jobConfigMapHoldsAJobFileTheMonitorLoads(@TempDir Path dir) throws Exception {
    Chart.Rendered rendered = Chart.production();
    JsonNode data = rendered.one("ConfigMap", "-job").path("data");
    Files.writeString(dir.resolve("helpdesk-sla.yaml"), data.path("helpdesk-sla.yaml").asText());
    Files.writeString(dir.resolve("markets.yaml"), data.path("markets.yaml").asText());

    JobSettings job = JobFile.load(dir.resolve("helpdesk-sla.yaml"), Map.of());
    assertThat(job.name()).isEqualTo("helpdesk-sla-monitor-prod");
    assertThat(job.bootstrapServers())
        .isEqualTo("kafka-0.kafka:9093,kafka-1.kafka:9093,kafka-2.kafka:9093");
    assertThat(job.parallelism()).isEqualTo(6);
    assertThat(job.checkpointDir())
        .isEqualTo(
            rendered
                .one("FlinkDeployment")
                .at("/spec/flinkConfiguration/execution.checkpointing.dir")
                .asText());
    assertThat(job.stateBackend()).isEqualTo("rocksdb");
    assertThat(job.alertsExactlyOnce()).isFalse();
    assertThat(job.metricsPort()).isEqualTo(9464);
    assertThat(job.topics().deadLetters()).isEqualTo("sla.dead-letters");
    assertThat(job.quietLag()).isEqualTo(Duration.ofSeconds(1));
    // The chart spells the detectors' defaults out for operators to see; they must not drift.
    assertThat(job.detectors()).isEqualTo(DetectorSettings.defaults());
    assertThat(Markets.load(job.marketsFile()).codes()).hasSize(10);
    assertThat(data.path("markets.yaml").asText())
        .isEqualTo(Files.readString(Path.of("jobs", "markets.yaml")));
  }

  @Test
  void marketsCopyInTheChartIsJobsMarketsByteForByte() throws Exception {
    // Helm reads no file outside the chart, so the chart carries a copy; it must not drift.
    assertThat(Files.readAllBytes(CHART.resolve("files/markets.yaml")))
        .isEqualTo(Files.readAllBytes(Path.of("jobs", "markets.yaml")));
  }

  private static JsonNode byName(JsonNode list, String name) {
    for (JsonNode item : list) {
      if (name.equals(item.path("name").asText())) {
        return item;
      }
    }
    throw new AssertionError("no item named " + name + " in " + list);
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.path(field).asText()));
    return out;
  }

  private static void collectTexts(JsonNode node, List<String> out) {
    if (node.isTextual()) {
      out.add(node.asText());
    }
    node.forEach(child -> collectTexts(child, out));
  }
}
