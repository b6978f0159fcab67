package com.swopify.slamonitor.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.calendar.CalendarChange;
import com.swopify.slamonitor.events.Alert;
import com.swopify.slamonitor.events.ThreadEvent;
import com.swopify.slamonitor.events.ThreadEvent.Kind;
import com.swopify.slamonitor.events.Topic;
import com.swopify.slamonitor.flink.ThreadSlaHarness;
import com.swopify.slamonitor.market.MarketRulebook;
import com.swopify.slamonitor.market.Markets;
import com.swopify.slamonitor.sla.ReplySla;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.junit.jupiter.api.Test;

/**
 * The waits gauges come from the reply-SLA function's checkpointed state: a restarted function
 * reports the waits of the checkpoint it restored, not zero, and goes on counting from there.
 */
class WaitGaugesRestoreTest {
  // A market of its own, so that no other test's waits mix into the gauges.
  static final Markets MARKETS =
      Markets.parse(
          """
      markets:
        XG: {timeZone: Europe/Bratislava, languages: [sk], holidayCountry: SK}
      """,
          "gauge test market");
  static final long T0 = Instant.parse("2026-11-23T08:00:00Z").toEpochMilli(); // Monday 09:00 local
  static final long H = Duration.ofHours(1).toMillis();
  // The function serves /metrics too, as it does on a TaskManager.
  final int port = MetricsServerTest.freePort();

  WaitGaugesRestoreTest() throws Exception {}

  KeyedBroadcastOperatorTestHarness<String, ThreadEvent, CalendarChange, Alert> harness()
      throws Exception {
    MarketRulebook calendars = MarketRulebook.of(MARKETS);
    ReplySla rules = new ReplySla(calendars, Duration.ofDays(30).toMillis());
    return ThreadSlaHarness.of(rules, calendars, Long.MAX_VALUE, port);
  }

  static StreamRecord<ThreadEvent> event(Kind kind, String thread, String id, long at) {
    return new StreamRecord<>(
        new ThreadEvent(
            kind,
            id,
            thread,
            "s-1",
            "XG",
            at,
            kind == Kind.BUYER_MESSAGE ? Topic.GENERAL : null,
            null,
            null),
        at);
  }

  double gauge(String name) throws Exception {
    return Exposition.scrape(port).sum(name, Map.of("market", "XG"));
  }

  @Test
  void gaugesSurviveARestoreFromACheckpoint() throws Exception {
    OperatorSubtaskState checkpoint;
    try (var first = harness()) {
      first.open();
      first.processElement(event(Kind.BUYER_MESSAGE, "t-1", "m-1", T0));
      first.processElement(event(Kind.BUYER_MESSAGE, "t-2", "m-2", T0 + H));
      first.processElement(event(Kind.BUYER_MESSAGE, "t-3", "m-3", T0 + 2 * H));
      first.processElement(event(Kind.SELLER_REPLY, "t-3", "r-3", T0 + 3 * H));
      // Four business days later: t-1 and t-2 are overdue, t-3 was answered.
      first.watermark(T0 + 96 * H);

      assertThat(gauge("helpdesk_sla_waits_open")).isEqualTo(2);
      assertThat(gauge("helpdesk_sla_waits_overdue")).isEqualTo(2);
      checkpoint = first.snapshot(1L, T0 + 96 * H);
    }
    // The server stopped with its last user; the subtask's waits left the JVM with it.
    try (var probe = MetricsServer.acquire(port)) {
      assertThat(gauge("helpdesk_sla_waits_open")).isZero();
    }

    try (var restored = harness()) {
      restored.initializeState(checkpoint);
      restored.open();
      assertThat(gauge("helpdesk_sla_waits_open")).isEqualTo(2);
      assertThat(gauge("helpdesk_sla_waits_overdue")).isEqualTo(2);

      // The restored threads go on: a late reply ends t-1's wait, which was overdue.
      restored.processElement(event(Kind.SELLER_REPLY, "t-1", "r-1", T0 + 97 * H));
      restored.watermark(T0 + 98 * H);
      assertThat(gauge("helpdesk_sla_waits_open")).isEqualTo(1);
      assertThat(gauge("helpdesk_sla_waits_overdue")).isEqualTo(1);
    }
  }
}
