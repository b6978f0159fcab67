package com.swopify.slamonitor.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.swopify.slamonitor.config.ConfigException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cluster entry point's arguments and environment: one line naming what is wrong. */
class ClusterEntryPointTest {

  @Test
  void badArgumentsFailWithOneLineNamingThem() {
    assertThatThrownBy(() -> ClusterEntryPoint.main(new String[] {"run", "--job", "x.yaml"}))
        .isInstanceOf(ConfigException.class)
        .hasMessage("unknown argument 'run'; expected --job FILE [--bounded --as-of INSTANT]");
    assertThatThrownBy(() -> ClusterEntryPoint.main(new String[] {}))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("--job FILE is required");
    assertThatThrownBy(() -> ClusterEntryPoint.main(new String[] {"--job"}))
        .isInstanceOf(ConfigException.class)
        .hasMessage("--job needs a value");
    assertThatThrownBy(
            () ->
                ClusterEntryPoint.main(
                    new String[] {"--job", "jobs/helpdesk-sla.yaml", "--bounded"}))
        .isInstanceOf(ConfigException.class)
        .hasMessage("--bounded and --as-of INSTANT go together");
    assertThatThrownBy(
            () ->
                ClusterEntryPoint.main(
                    new String[] {
                      "--job", "jobs/helpdesk-sla.yaml", "--bounded", "--as-of", "tomorrow"
                    }))
        .isInstanceOf(ConfigException.class)
        .hasMessage("--as-of: not an ISO-8601 instant with an offset: tomorrow");
  }

  @Test
  void theEnvironmentOverridesTheFileAsForRun() {
    JobSettings.Overrides overrides =
        ClusterEntryPoint.overrides(
            Map.of(
                "HELPDESK_SLA_BOOTSTRAP_SERVERS",
                "kafka:9093",
                "HELPDESK_SLA_PARALLELISM",
                "6",
                "HELPDESK_SLA_KAFKA_PROPERTIES",
                "/opt/helpdesk-sla/kafka/client.properties",
                "HELPDESK_SLA_METRICS_PORT",
                " "));
    assertThat(overrides.bootstrapServers()).isEqualTo("kafka:9093");
    assertThat(overrides.parallelism()).isEqualTo(6);
    assertThat(overrides.kafkaPropertiesFile())
        .isEqualTo(Path.of("/opt/helpdesk-sla/kafka/client.properties"));
    assertThat(overrides.metricsPort()).isNull();
    assertThat(overrides.marketsFile()).isNull();
    assertThatThrownBy(() -> ClusterEntryPoint.overrides(Map.of("HELPDESK_SLA_PARALLELISM", "two")))
        .isInstanceOf(ConfigException.class)
        .hasMessage("HELPDESK_SLA_PARALLELISM: not a whole number: two");
  }
}
