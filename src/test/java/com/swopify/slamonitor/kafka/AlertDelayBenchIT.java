package com.swopify.slamonitor.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.bench.delay.AlertDelayBench;
import com.swopify.slamonitor.bench.delay.AlertDelayResult;
import com.swopify.slamonitor.bench.delay.AlertDelaySettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code bench --alert-delay} on a small load against the test broker: every probe thread's alerts
 * reach the alerts topic, none before its deadline, none for an answered thread, and the bench
 * leaves no topic behind. Only what can be checked without timing: the delays themselves are the
 * benchmark's figures (docs/benchmarks.md).
 */
class AlertDelayBenchIT {
  @RegisterExtension static final KafkaTestBroker broker = new KafkaTestBroker();

  @Test
  void everyProbeIsAlertedAfterItsDeadlineAndNoAnsweredThreadIs() throws Exception {
    AlertDelaySettings settings =
        new AlertDelaySettings(
            1_000,
            10,
            Duration.ofSeconds(3),
            Duration.ofSeconds(3),
            Duration.ofSeconds(6),
            Duration.ofSeconds(1),
            2,
            broker.bootstrapServers());
    StringWriter printed = new StringWriter();

    AlertDelayResult result = new AlertDelayBench(settings, new PrintWriter(printed)).run();

    assertThat(result.probes()).isEqualTo(30); // three seconds of ten a second
    assertThat(result.overdue().count()).isEqualTo(result.probes());
    assertThat(result.atRisk().count()).isEqualTo(result.probes());
    // Event time is the wall clock: a deadline's alert cannot be read before the deadline.
    assertThat(result.overdue().percentile(0.1)).isNotNegative();
    assertThat(result.atRisk().percentile(0.1)).isNotNegative();
    assertThat(result.backgroundAlerts()).isZero();
    assertThat(result.failed()).isZero();
    assertThat(result.sent()).isGreaterThan(10_000);
    List<String> lines = printed.toString().lines().toList();
    assertThat(lines.get(lines.size() - 1))
        .matches(
            "bench: alert-delay p99=\\d+\\.\\d{2} s \\(OVERDUE, from the deadline to the alert read"
                + " from Kafka, \\d+ events/s\\)");
    assertThat(lines)
        .anySatisfy(
            line ->
                assertThat(line)
                    .matches(
                        "alert delay: OVERDUE \\d+ of \\d+ probes: p50 .* s, p90 .* s, p99 .* s, max .* s"));

    Properties properties = new Properties();
    properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    try (Admin admin = Admin.create(properties)) {
      assertThat(admin.listTopics().names().get()).noneMatch(t -> t.startsWith("alert-delay-"));
    }
  }
}
