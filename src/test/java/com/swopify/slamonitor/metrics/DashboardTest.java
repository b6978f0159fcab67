package com.swopify.slamonitor.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.swopify.slamonitor.events.Alert;
import com.swopify.slamonitor.events.AlertType;
import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.BreachType;
import com.swopify.slamonitor.events.Severity;
import com.swopify.slamonitor.events.Source;
import com.swopify.slamonitor.events.TakeoverReason;
import com.swopify.slamonitor.events.TakeoverRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Grafana dashboard and the alerting rules query only metrics that exist: the monitor's own, as
 * its registry really exposes them, and Flink's, as its Prometheus reporter names them.
 */
class DashboardTest {
  static final Path DASHBOARD = Path.of("helm/helpdesk-sla-monitor/dashboards/helpdesk-sla.json");
  static final Path RULES = Path.of("helm/helpdesk-sla-monitor/prometheus/rules.yaml");

  /**
   * Flink's metrics the dashboard and rules use, as the Prometheus reporter names them (scope, then
   * name, dots and dashes as underscores): job metrics on the JobManager, task and operator metrics
   * on the TaskManagers, and the Kafka consumer's own metrics under the Kafka source.
   */
  static final Set<String> FLINK_METRICS =
      Set.of(
          "flink_jobmanager_job_numRestarts",
          "flink_jobmanager_job_lastCheckpointDuration",
          "flink_jobmanager_job_numberOfFailedCheckpoints",
          "flink_jobmanager_job_numberOfCompletedCheckpoints",
          "flink_taskmanager_job_task_backPressuredTimeMsPerSecond",
          "flink_taskmanager_job_task_operator_pendingRecords",
          "flink_taskmanager_job_task_operator_KafkaSourceReader_KafkaConsumer_records_lag_max");

  private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
  private static final Pattern BRACES = Pattern.compile("\\{[^}]*}");
  private static final Pattern RANGE = Pattern.compile("\\[[^]]*]");
  private static final Pattern GROUPING =
      Pattern.compile("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
  private static final Pattern IDENTIFIER =
      // Not inside a number or a duration such as the 1h of "offset 1h".
      Pattern.compile("(?<![a-zA-Z0-9_:.])\\$?[a-zA-Z_:][a-zA-Z0-9_:]*(\\s*\\()?");
  private static final Set<String> KEYWORDS =
      Set.of("and", "or", "unless", "bool", "offset", "by", "without", "on", "ignoring");

  /** The metric names a PromQL expression reads (functions, keywords and labels left out). */
  static Set<String> metricNames(String expr) {
    String bare = STRING.matcher(expr).replaceAll(" ");
    bare = BRACES.matcher(bare).replaceAll(" ");
    bare = RANGE.matcher(bare).replaceAll(" ");
    bare = GROUPING.matcher(bare).replaceAll(" ");
    Set<String> names = new TreeSet<>();
    Matcher m = IDENTIFIER.matcher(bare);
    while (m.find()) {
      String token = m.group();
      boolean function = m.group(1) != null;
      // Grafana variables ($market, $__rate_interval) are not metrics.
      if (!function && !token.startsWith("$") && !KEYWORDS.contains(token)) {
        names.add(token);
      }
    }
    return names;
  }

  /** Every series the monitor exposes, from its real registry after touching every meter. */
  static Set<String> monitorMetrics() {
    Instant at = Instant.parse("2026-11-24T09:00:00Z");
    InputMetrics input = new InputMetrics();
    input.buyerMessage("XD");
    input.deadLetter(Source.MESSAGES);
    input.lateEvent(Source.REPLIES);
    try (ReplyMetrics reply = new ReplyMetrics(new DecisionMetrics(true), WaitTally.open())) {
      reply.alert(
          new Alert("a", AlertType.AT_RISK, "t", "s", "XD", "m", at, at, at, 0L, null, null, null));
      reply.breach(
          new Breach("b", BreachType.AUTOMATED_REPLY, "s", "XD", "t", "m", null, at, "{}", null));
      reply.takeover(
          new TakeoverRequest(
              "k", "t", "s", "XD", TakeoverReason.REPLY_OVERDUE, Severity.STANDARD, at, "{}"));
      reply.waitOpened("XD");
      reply.waitOverdue("XD");
      reply.waitAnswered("XD", false, 1000L);
      reply.automatedReply("XD");
      SellerGrades.registerAtZero(List.of("XD"));
      return Exposition.parse(MonitorMetrics.scrape()).names();
    }
  }

  static Set<String> known() {
    Set<String> known = new TreeSet<>(monitorMetrics());
    known.addAll(FLINK_METRICS);
    known.add("up"); // Prometheus's own, per scrape target
    return known;
  }

  @Test
  void extractsMetricNamesFromPromQl() {
    assertThat(
            metricNames(
                "histogram_quantile(0.99, sum by (le) (rate(x_bucket{a=\"b\"}[5m])))"
                    + " > 2 and on (market) y offset 1h or absent(z{job_name=~\"h.*\"}) / $__range"))
        .containsExactlyInAnyOrder("x_bucket", "y", "z");
  }

  @Test
  void dashboardHasItsVariablesAndQueriesOnlyExistingMetrics() throws Exception {
    JsonNode dashboard = new ObjectMapper().readTree(Files.readString(DASHBOARD));
    assertThat(dashboard.path("schemaVersion").asInt()).isGreaterThanOrEqualTo(36);
    List<String> variables = new ArrayList<>();
    dashboard.path("templating").path("list").forEach(v -> variables.add(v.path("name").asText()));
    assertThat(variables).contains("datasource", "market");

    List<JsonNode> panels = new ArrayList<>();
    dashboard.path("panels").forEach(panels::add);
    assertThat(panels)
        .extracting(p -> p.path("title").asText())
        .contains(
            "On-time rate by market (6 h)",
            "Open waits",
            "Overdue waits",
            "At-risk and overdue alerts per hour",
            "Breaches by type (per hour)",
            "Takeovers by reason (per hour)",
            "Business time to reply",
            "Alert delay (live)",
            "Dead letters",
            "Kafka consumer lag",
            "Checkpoint health",
            "Restarts",
            "Sellers per grade by market",
            "Seller grade changes per day");

    Set<String> known = known();
    Set<String> used = new TreeSet<>();
    for (JsonNode panel : panels) {
      String title = panel.path("title").asText();
      assertThat(panel.path("datasource").path("uid").asText())
          .as(title)
          .isEqualTo("${datasource}");
      assertThat(panel.path("targets")).as(title).isNotEmpty();
      for (JsonNode target : panel.path("targets")) {
        assertThat(target.path("datasource").path("uid").asText())
            .as(title)
            .isEqualTo("${datasource}");
        Set<String> names = metricNames(target.path("expr").asText());
        assertThat(names)
            .as(title + ": " + target.path("expr").asText())
            .isNotEmpty()
            .isSubsetOf(known);
        used.addAll(names);
      }
    }
    // Every metric of the monitor is on the dashboard, histograms through their buckets.
    assertThat(used)
        .contains(
            "helpdesk_sla_buyer_messages_total",
            "helpdesk_sla_replies_total",
            "helpdesk_sla_alerts_total",
            "helpdesk_sla_breaches_total",
            "helpdesk_sla_takeovers_total",
            "helpdesk_sla_waits_open",
            "helpdesk_sla_waits_overdue",
            "helpdesk_sla_reply_business_seconds_bucket",
            "helpdesk_sla_alert_delay_seconds_bucket",
            "helpdesk_sla_dead_letters_total",
            "helpdesk_sla_seller_grades",
            "helpdesk_sla_seller_grade_changes_total");
  }

  @Test
  void rulesQueryOnlyExistingMetrics() throws Exception {
    Set<String> known = known();
    for (JsonNode rule : RulesFiles.rules(Files.readString(RULES))) {
      String expr = rule.path("expr").asText();
      assertThat(metricNames(expr))
          .as(rule.path("alert").asText() + ": " + expr)
          .isNotEmpty()
          .isSubsetOf(known);
    }
  }
}
