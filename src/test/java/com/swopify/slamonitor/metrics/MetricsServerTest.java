package com.swopify.slamonitor.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.swopify.slamonitor.events.Alert;
import com.swopify.slamonitor.events.AlertType;
import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.BreachType;
import com.swopify.slamonitor.events.Severity;
import com.swopify.slamonitor.events.Source;
import com.swopify.slamonitor.events.TakeoverReason;
import com.swopify.slamonitor.events.TakeoverRequest;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The registry and its HTTP server, on a real socket. */
class MetricsServerTest {
  // Ids and text that must never reach a label.
  static final String SELLER = "seller-secret-4711";
  static final String THREAD = "thread-secret-0815";
  static final String MESSAGE = "msg-secret-42";
  static final Instant AT = Instant.parse("2026-11-24T09:00:00Z");

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  static Alert alert(String market, AlertType type, Instant at) {
    return new Alert(
        "alert-" + THREAD,
        type,
        THREAD,
        SELLER,
        market,
        MESSAGE,
        at.minusSeconds(3600),
        at,
        at,
        3_600_000L,
        null,
        null,
        null);
  }

  @Test
  void servesTheCountsWithLowCardinalityLabelsOnly() throws Exception {
    int port = freePort();
    try (MetricsServer.Lease lease = MetricsServer.acquire(port)) {
      Exposition before = Exposition.scrape(port);

      InputMetrics input = new InputMetrics();
      input.buyerMessage("XA");
      input.buyerMessage("XA");
      input.deadLetter(Source.REPLIES);
      // Live: the alert leaves 1.5 s after its instant on this fixed wall clock.
      DecisionMetrics decisions = new DecisionMetrics(true, () -> AT.toEpochMilli() + 1500);
      try (ReplyMetrics reply = new ReplyMetrics(decisions, WaitTally.open())) {
        reply.alert(alert("XA", AlertType.OVERDUE, AT));
        reply.breach(
            new Breach(
                "breach-" + THREAD,
                BreachType.REPLY_OVERDUE,
                SELLER,
                "XA",
                THREAD,
                MESSAGE,
                null,
                AT,
                "{\"text\":\"Dear seller, where is my parcel?\"}",
                null));
        reply.takeover(
            new TakeoverRequest(
                "takeover-" + THREAD,
                THREAD,
                SELLER,
                "XA",
                TakeoverReason.COUNTERFEIT,
                Severity.SERIOUS,
                AT,
                "{}"));
        reply.waitOpened("XA");
        reply.waitOpened("XA");
        reply.waitOverdue("XA");
        reply.waitAnswered("XA", true, Duration.ofHours(3).toMillis());
        reply.automatedReply("XA");

        Exposition after = Exposition.scrape(port);
        assertThat(
                delta(before, after, "helpdesk_sla_buyer_messages_total", Map.of("market", "XA")))
            .isEqualTo(2);
        assertThat(
                delta(
                    before, after, "helpdesk_sla_dead_letters_total", Map.of("source", "replies")))
            .isEqualTo(1);
        assertThat(
                delta(
                    before,
                    after,
                    "helpdesk_sla_alerts_total",
                    Map.of("market", "XA", "type", "OVERDUE")))
            .isEqualTo(1);
        assertThat(
                delta(
                    before,
                    after,
                    "helpdesk_sla_breaches_total",
                    Map.of("market", "XA", "type", "REPLY_OVERDUE")))
            .isEqualTo(1);
        assertThat(
                delta(
                    before,
                    after,
                    "helpdesk_sla_takeovers_total",
                    Map.of("market", "XA", "reason", "COUNTERFEIT")))
            .isEqualTo(1);
        assertThat(
                delta(
                    before,
                    after,
                    "helpdesk_sla_replies_total",
                    Map.of("market", "XA", "outcome", "in_time")))
            .isEqualTo(1);
        assertThat(
                delta(
                    before,
                    after,
                    "helpdesk_sla_replies_total",
                    Map.of("market", "XA", "outcome", "automated")))
            .isEqualTo(1);
        // Two opened, one of them went overdue, the other was answered in time.
        assertThat(after.sum("helpdesk_sla_waits_open", Map.of("market", "XA"))).isEqualTo(1);
        assertThat(after.sum("helpdesk_sla_waits_overdue", Map.of("market", "XA"))).isEqualTo(1);
        // Three business hours fall in the 4 h bucket, not in the 2 h one.
        assertThat(
                delta(
                    before,
                    after,
                    "helpdesk_sla_reply_business_seconds_bucket",
                    Map.of("market", "XA", "le", "14400.0")))
            .isEqualTo(1);
        assertThat(
                delta(
                    before,
                    after,
                    "helpdesk_sla_reply_business_seconds_bucket",
                    Map.of("market", "XA", "le", "7200.0")))
            .isZero();
        assertThat(
                delta(
                    before, after, "helpdesk_sla_alert_delay_seconds_bucket", Map.of("le", "2.0")))
            .isEqualTo(1);
        assertThat(
                delta(
                    before, after, "helpdesk_sla_alert_delay_seconds_bucket", Map.of("le", "1.0")))
            .isZero();

        assertThat(after.text()).doesNotContain(SELLER, THREAD, MESSAGE, "parcel");
        assertThat(after.samples())
            .allSatisfy(
                s ->
                    assertThat(s.labels().keySet())
                        .isSubsetOf(
                            "market",
                            "type",
                            "reason",
                            "finding",
                            "outcome",
                            "source",
                            "grade",
                            "direction",
                            "le"));
      }
      // A closed subtask's waits no longer count: its successor restores them from a checkpoint.
      assertThat(Exposition.scrape(port).sum("helpdesk_sla_waits_open", Map.of("market", "XA")))
          .isZero();
    }
  }

  @Test
  void aReplayRecordsNoAlertDelay() throws Exception {
    Exposition before = Exposition.parse(MonitorMetrics.scrape());
    new DecisionMetrics(false, () -> AT.toEpochMilli() + 1500)
        .alert(alert("XB", AlertType.AT_RISK, AT));
    Exposition after = Exposition.parse(MonitorMetrics.scrape());

    assertThat(delta(before, after, "helpdesk_sla_alerts_total", Map.of("market", "XB")))
        .isEqualTo(1);
    assertThat(delta(before, after, "helpdesk_sla_alert_delay_seconds_count", Map.of())).isZero();
  }

  @Test
  void oneServerPerPortLivesAsLongAsItsLastLease() throws Exception {
    int port = freePort();
    MetricsServer.Lease first = MetricsServer.acquire(port);
    MetricsServer.Lease second = MetricsServer.acquire(port);
    HttpResponse<String> other = Exposition.get(port, "/other");
    assertThat(other.statusCode()).isEqualTo(404);
    assertThat(Exposition.get(port, "/metrics").headers().firstValue("Content-Type"))
        .hasValue(MetricsServer.CONTENT_TYPE);

    first.close();
    first.close();
    assertThat(Exposition.get(port, "/metrics").statusCode()).isEqualTo(200);
    second.close();
    assertThatThrownBy(() -> Exposition.get(port, "/metrics")).isInstanceOf(IOException.class);
  }

  @Test
  void aTakenPortIsAnErrorForTheCommandAndAWarningForTheJob() throws Exception {
    try (ServerSocket taken = new ServerSocket(0)) {
      int port = taken.getLocalPort();
      assertThatThrownBy(() -> MetricsServer.acquire(port)).isInstanceOf(IOException.class);
      try (MetricsServer.Lease lease = MetricsServer.acquireOrWarn(port)) {
        assertThat(lease.port()).isEqualTo(MetricsServer.OFF);
      }
    }
  }

  static double delta(
      Exposition before, Exposition after, String name, Map<String, String> labels) {
    return after.sum(name, labels) - before.sum(name, labels);
  }
}
