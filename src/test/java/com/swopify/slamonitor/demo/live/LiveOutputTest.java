package com.swopify.slamonitor.demo.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.codec.OutputJson;
import com.swopify.slamonitor.events.Alert;
import com.swopify.slamonitor.events.AlertType;
import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.BreachType;
import com.swopify.slamonitor.events.DeadLetter;
import com.swopify.slamonitor.kafka.Topics;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** One short line per output, with ids, types and times, never a text or evidence. */
class LiveOutputTest {
  static final Instant SEEN = Instant.parse("2026-11-27T12:03:04.500Z");

  @Test
  void anAlertSaysWhichThreadAndWhenItIsDue() {
    Alert alert =
        new Alert(
            "a-1",
            AlertType.OVERDUE,
            "t-1",
            "s-1",
            "XD",
            "m-1",
            Instant.parse("2026-11-27T12:01:03Z"),
            Instant.parse("2026-11-27T12:03:03Z"),
            Instant.parse("2026-11-27T12:03:03Z"),
            120_000,
            null,
            SEEN,
            null);

    assertThat(LiveOutput.ALERTS.line(OutputJson.alert(alert), SEEN))
        .isEqualTo("12:03:04  alert     OVERDUE        thread t-1  seller s-1  due 12:03:03");
  }

  @Test
  void evidenceAndRawRecordsStayOut() {
    Breach breach =
        new Breach(
            "b-1",
            BreachType.OFF_PLATFORM_CONTACT,
            "s-1",
            "XD",
            "t-1",
            "r-1",
            null,
            SEEN,
            "{\"contact\":\"j***@example.com\"}",
            null);
    DeadLetter deadLetter =
        new DeadLetter(
            "messages",
            "missing field sentAt",
            "{\"text\":\"call me on 0900 123 456\"}",
            "helpdesk.buyer-messages",
            0,
            7L);

    String breachLine = LiveOutput.BREACHES.line(OutputJson.breach(breach), SEEN);
    String deadLine = LiveOutput.DEAD_LETTERS.line(OutputJson.deadLetter(deadLetter), SEEN);

    assertThat(breachLine)
        .isEqualTo("12:03:04  breach    OFF_PLATFORM_CONTACT seller s-1  thread t-1  message r-1");
    assertThat(breachLine).doesNotContain("example", "***");
    assertThat(deadLine).isEqualTo("12:03:04  dead      messages: missing field sentAt");
  }

  @Test
  void eachOutputTopicHasItsLineAndInputTopicsNone() {
    Topics topics = Topics.defaults();
    assertThat(LiveOutput.of("sla.takeovers", topics)).isEqualTo(LiveOutput.TAKEOVERS);
    assertThat(LiveOutput.of("sla.breach-counts", topics)).isEqualTo(LiveOutput.BREACH_COUNTS);
    assertThat(LiveOutput.of("helpdesk.buyer-messages", topics)).isNull();
  }
}
