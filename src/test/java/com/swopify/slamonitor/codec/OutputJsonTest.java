package com.swopify.slamonitor.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.swopify.slamonitor.events.Alert;
import com.swopify.slamonitor.events.AlertType;
import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.BreachCount;
import com.swopify.slamonitor.events.BreachType;
import com.swopify.slamonitor.events.DeadLetter;
import com.swopify.slamonitor.events.Severity;
import com.swopify.slamonitor.events.Source;
import com.swopify.slamonitor.events.TakeoverReason;
import com.swopify.slamonitor.events.TakeoverRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OutputJsonTest {
  private static final Instant RECEIVED = Instant.parse("2026-11-23T10:00:00Z");
  private static final Instant DUE = Instant.parse("2026-11-24T10:00:00Z");
  private static final Instant AT_RISK = Instant.parse("2026-11-24T04:00:00Z");
  private static final Instant REPLIED = Instant.parse("2026-11-24T12:30:00.250Z");

  private static final Alert AT_RISK_ALERT =
      new Alert(
          "al-1",
          AlertType.AT_RISK,
          "t-1",
          "s-1",
          "SK",
          "m-1",
          RECEIVED,
          DUE,
          AT_RISK,
          Duration.ofHours(18).toMillis(),
          null,
          null,
          null);
  private static final Alert LATE_REPLY_ALERT =
      new Alert(
          "al-2",
          AlertType.LATE_REPLY,
          "t-1",
          "s-1",
          "SK",
          "m-1",
          RECEIVED,
          DUE,
          REPLIED,
          Duration.ofMinutes(26 * 60 + 30).toMillis(),
          REPLIED,
          Instant.parse("2026-11-24T12:30:01Z"),
          null);
  private static final Breach ABSENCE_BREACH =
      new Breach(
          "b-1",
          BreachType.ABSENCE_NOTICE_TOO_SHORT,
          "s-1",
          "SK",
          null,
          null,
          "a-1",
          RECEIVED,
          "{\"absenceBusinessDays\":9,\"noticeDays\":3,\"requiredNoticeDays\":14,"
              + "\"firstDay\":\"2026-12-21\",\"lastDay\":\"2027-01-06\"}",
          null);
  private static final TakeoverRequest ABSENT_SELLER =
      new TakeoverRequest(
          "to-1",
          null,
          "s-1",
          "SK",
          TakeoverReason.SELLER_ABSENT,
          Severity.STANDARD,
          RECEIVED,
          "{\"noticeId\":\"a-1\"}");
  private static final BreachCount COUNT =
      new BreachCount("s-1", "SK", BreachType.REPLY_OVERDUE, LocalDate.of(2026, 11, 24), 3);
  private static final DeadLetter KAFKA_DEAD_LETTER =
      new DeadLetter(
          "messages",
          "missing field sentAt",
          "{\"messageId\":\"m-1\"}\n",
          "helpdesk.buyer-messages",
          2,
          4711L);

  @Test
  void writesAnAlertWithoutItsNullFields() {
    assertThat(OutputJson.alert(AT_RISK_ALERT))
        .isEqualTo(
            "{\"alertId\":\"al-1\","
                + "\"type\":\"AT_RISK\",\"threadId\":\"t-1\",\"sellerId\":\"s-1\",\"market\":\"SK\","
                + "\"messageId\":\"m-1\",\"receivedAt\":\"2026-11-23T10:00:00Z\","
                + "\"dueAt\":\"2026-11-24T10:00:00Z\",\"at\":\"2026-11-24T04:00:00Z\","
                + "\"businessElapsed\":\"PT18H\"}");
  }

  @Test
  void writesALateReplyWithRepliedAtAndEmittedAt() {
    assertThat(OutputJson.alert(LATE_REPLY_ALERT))
        .contains("\"businessElapsed\":\"PT26H30M\"")
        .endsWith(
            "\"repliedAt\":\"2026-11-24T12:30:00.250Z\","
                + "\"emittedAt\":\"2026-11-24T12:30:01Z\"}");
  }

  @Test
  void writesABreachWithItsDetailsEmbedded() {
    assertThat(OutputJson.breach(ABSENCE_BREACH))
        .isEqualTo(
            "{\"breachId\":\"b-1\","
                + "\"type\":\"ABSENCE_NOTICE_TOO_SHORT\",\"sellerId\":\"s-1\",\"market\":\"SK\","
                + "\"noticeId\":\"a-1\",\"occurredAt\":\"2026-11-23T10:00:00Z\",\"details\":"
                + ABSENCE_BREACH.detailsJson()
                + "}");
  }

  @Test
  void writesEmptyDetailsWhenABreachHasNone() {
    Breach overdue =
        new Breach(
            "b-2", BreachType.REPLY_OVERDUE, "s-1", "SK", "t-1", "m-1", null, DUE, null, null);

    assertThat(OutputJson.breach(overdue)).endsWith(",\"details\":{}}");
    assertThat(OutputJson.readBreach(OutputJson.breach(overdue)).detailsJson()).isEqualTo("{}");
  }

  @Test
  void rewritesPrettyPrintedDetailsOnOneLine() {
    Breach pretty =
        new Breach(
            "b-3",
            BreachType.OFF_PLATFORM_CONTACT,
            "s-1",
            "SK",
            "t-1",
            "r-1",
            null,
            DUE,
            "{\n  \"contact\" : \"+421 *** *** 456\"\n}",
            null);

    String json = OutputJson.breach(pretty);

    assertThat(json)
        .doesNotContain("\n")
        .endsWith("\"details\":{\"contact\":\"+421 *** *** 456\"}}");
  }

  @Test
  void refusesDetailsThatAreNotOneJsonObject() {
    for (String details : List.of("[1]", "{\"a\":1} {}", "{\"a\":", "not json")) {
      Breach broken =
          new Breach(
              "b-4",
              BreachType.WRONG_LANGUAGE,
              "s-1",
              "SK",
              "t-1",
              "r-1",
              null,
              DUE,
              details,
              null);

      assertThatThrownBy(() -> OutputJson.breach(broken))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("breach.details is not one JSON object");
    }
  }

  @Test
  void refusesARecordWithoutARequiredField() {
    Alert noDueAt =
        new Alert(
            "al-3",
            AlertType.OVERDUE,
            "t-1",
            "s-1",
            "SK",
            "m-1",
            RECEIVED,
            null,
            DUE,
            0,
            null,
            null,
            null);

    assertThatThrownBy(() -> OutputJson.alert(noDueAt))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("alert without dueAt");
  }

  @Test
  void writesATakeoverWithoutThreadForAnAbsentSeller() {
    assertThat(OutputJson.takeover(ABSENT_SELLER))
        .isEqualTo(
            "{\"takeoverId\":\"to-1\","
                + "\"sellerId\":\"s-1\",\"market\":\"SK\",\"reason\":\"SELLER_ABSENT\","
                + "\"severity\":\"STANDARD\",\"requestedAt\":\"2026-11-23T10:00:00Z\","
                + "\"evidence\":{\"noticeId\":\"a-1\"}}");
  }

  @Test
  void writesABreachCount() {
    assertThat(OutputJson.breachCount(COUNT))
        .isEqualTo(
            "{\"sellerId\":\"s-1\",\"market\":\"SK\","
                + "\"type\":\"REPLY_OVERDUE\",\"day\":\"2026-11-24\",\"count\":3}");
  }

  @Test
  void writesADeadLetterOnOneLine() {
    assertThat(OutputJson.deadLetter(KAFKA_DEAD_LETTER))
        .isEqualTo(
            "{\"source\":\"messages\","
                + "\"reason\":\"missing field sentAt\",\"raw\":\"{\\\"messageId\\\":\\\"m-1\\\"}\\n\","
                + "\"topic\":\"helpdesk.buyer-messages\",\"partition\":2,\"offset\":4711}");
    DeadLetter replayed = new DeadLetter("cases", "not JSON", "x", null, null, null);
    assertThat(OutputJson.deadLetter(replayed))
        .isEqualTo("{\"source\":\"cases\",\"reason\":\"not JSON\",\"raw\":\"x\"}");
  }

  @Test
  void everyOutputReadsBackEqual() {
    assertThat(OutputJson.readAlert(OutputJson.alert(AT_RISK_ALERT))).isEqualTo(AT_RISK_ALERT);
    assertThat(OutputJson.readAlert(OutputJson.alert(LATE_REPLY_ALERT)))
        .isEqualTo(LATE_REPLY_ALERT);
    assertThat(OutputJson.readBreach(OutputJson.breach(ABSENCE_BREACH))).isEqualTo(ABSENCE_BREACH);
    assertThat(OutputJson.readTakeover(OutputJson.takeover(ABSENT_SELLER)))
        .isEqualTo(ABSENT_SELLER);
    assertThat(OutputJson.readBreachCount(OutputJson.breachCount(COUNT))).isEqualTo(COUNT);
    assertThat(OutputJson.readDeadLetter(OutputJson.deadLetter(KAFKA_DEAD_LETTER)))
        .isEqualTo(KAFKA_DEAD_LETTER);
  }

  @Test
  void aDeadLetterOfAnyRawRecordReadsBackEqual() {
    String raw = "{\"text\":\"línea\\u2028\ttab \\\" 😀\"}\r\n\u0000";
    DeadLetter letter = DeadLetters.of(Source.REPLIES, "not JSON", raw, null, null, null);

    String json = OutputJson.deadLetter(letter);

    assertThat(json).doesNotContain("\n", "\r");
    assertThat(OutputJson.readDeadLetter(json)).isEqualTo(letter);
  }

  @Test
  void readingSomethingElseSaysWhatIsWrong() {
    assertThatThrownBy(() -> OutputJson.readAlert(OutputJson.breachCount(COUNT)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("missing field alertId");
    assertThatThrownBy(() -> OutputJson.readBreachCount("nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not JSON");
  }

  @Test
  void writersAreSafeToShareBetweenThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results =
          IntStream.range(0, 4_000)
              .mapToObj(
                  i ->
                      pool.submit(
                          () -> {
                            Alert alert =
                                new Alert(
                                    "al-" + i,
                                    AlertType.OVERDUE,
                                    "t-" + i,
                                    "s-1",
                                    "SK",
                                    "m-" + i,
                                    RECEIVED,
                                    DUE,
                                    DUE,
                                    i,
                                    null,
                                    null,
                                    null);
                            return OutputJson.readAlert(OutputJson.alert(alert)).equals(alert);
                          }))
              .toList();
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
