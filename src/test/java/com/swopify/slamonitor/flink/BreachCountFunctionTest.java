package com.swopify.slamonitor.flink;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.BreachCount;
import com.swopify.slamonitor.events.BreachType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/** Daily breach counts in the operator harness: emitted once, when the local day is over. */
class BreachCountFunctionTest {

  static Breach breach(String seller, BreachType type, String occurredAt) {
    Instant at = Instant.parse(occurredAt);
    return new Breach(
        "b-" + seller + type + occurredAt, type, seller, "SK", "t-1", "m-1", null, at, "{}", null);
  }

  private static final long CORRECTION_MILLIS = Duration.ofDays(2).toMillis();

  private static KeyedOneInputStreamOperatorTestHarness<String, Breach, BreachCount> harness()
      throws Exception {
    return harness(0);
  }

  private static KeyedOneInputStreamOperatorTestHarness<String, Breach, BreachCount> harness(
      long closeDelayMillis) throws Exception {
    return new KeyedOneInputStreamOperatorTestHarness<>(
        new KeyedProcessOperator<>(
            new BreachCountFunction(
                ThreadSlaFunctionTest.MARKETS.zones(),
                Long.MAX_VALUE,
                closeDelayMillis,
                CORRECTION_MILLIS)),
        Breach::sellerId,
        Types.STRING);
  }

  @Test
  void aDayClosesOnlyAfterTheCloseDelaySoThatBreachesDecidedLaterCountWithIt() throws Exception {
    try (var harness = harness(Duration.ofHours(1).toMillis())) {
      harness.open();
      send(harness, breach("s-1", BreachType.AUTOMATED_REPLY, "2026-11-23T22:30:00Z"));
      harness.processWatermark(Instant.parse("2026-11-23T23:00:00Z").toEpochMilli());
      assertThat(harness.extractOutputValues()).isEmpty();
      // A templated reply of 23:40 local, recognised one window later.
      send(harness, breach("s-1", BreachType.AUTOMATED_REPLY, "2026-11-23T22:40:00Z"));
      harness.processWatermark(Instant.parse("2026-11-23T23:59:59.999Z").toEpochMilli());
      assertThat(harness.extractOutputValues())
          .containsExactly(
              new BreachCount(
                  "s-1", "SK", BreachType.AUTOMATED_REPLY, LocalDate.parse("2026-11-23"), 2));
    }
  }

  private static void send(
      KeyedOneInputStreamOperatorTestHarness<String, Breach, BreachCount> harness, Breach b)
      throws Exception {
    harness.processElement(new StreamRecord<>(b, b.occurredAt().toEpochMilli()));
  }

  @Test
  void countsPerSellerDayAndTypeAfterTheLocalDayEnds() throws Exception {
    try (var harness = harness()) {
      harness.open();
      // 23:30Z on the 23rd is already the 24th in Bratislava (UTC+1).
      for (Breach b :
          new Breach[] {
            breach("s-1", BreachType.REPLY_OVERDUE, "2026-11-23T09:00:00Z"),
            breach("s-1", BreachType.REPLY_OVERDUE, "2026-11-23T15:00:00Z"),
            breach("s-1", BreachType.AUTOMATED_REPLY, "2026-11-23T15:00:00Z"),
            breach("s-1", BreachType.REPLY_OVERDUE, "2026-11-23T23:30:00Z"),
            breach("s-2", BreachType.REPLY_OVERDUE, "2026-11-23T10:00:00Z")
          }) {
        send(harness, b);
      }
      harness.processWatermark(Instant.parse("2026-11-23T22:59:59.998Z").toEpochMilli());
      assertThat(harness.extractOutputValues()).isEmpty();

      // The last millisecond of the 23rd in Bratislava.
      harness.processWatermark(Instant.parse("2026-11-23T22:59:59.999Z").toEpochMilli());
      LocalDate day = LocalDate.parse("2026-11-23");
      assertThat(harness.extractOutputValues())
          .containsExactlyInAnyOrder(
              new BreachCount("s-1", "SK", BreachType.REPLY_OVERDUE, day, 2),
              new BreachCount("s-1", "SK", BreachType.AUTOMATED_REPLY, day, 1),
              new BreachCount("s-2", "SK", BreachType.REPLY_OVERDUE, day, 1));

      harness.processWatermark(Instant.parse("2026-11-25T00:00:00Z").toEpochMilli());
      assertThat(harness.extractOutputValues())
          .hasSize(4)
          .contains(new BreachCount("s-1", "SK", BreachType.REPLY_OVERDUE, day.plusDays(1), 1));
      // Emitted counts are kept for corrections for two days after their day, then forgotten.
      assertThat(harness.numEventTimeTimers()).isPositive();
      harness.processWatermark(Instant.parse("2026-11-27T00:00:00Z").toEpochMilli());
      assertThat(harness.numKeyedStateEntries()).isZero();
      assertThat(harness.numEventTimeTimers()).isZero();
    }
  }

  @Test
  void aLateBreachOfAnEmittedDayIsFollowedByTheCorrectedTotal() throws Exception {
    try (var harness = harness()) {
      harness.open();
      send(harness, breach("s-1", BreachType.REPLY_OVERDUE, "2026-11-23T09:00:00Z"));
      harness.processWatermark(Instant.parse("2026-11-24T06:00:00Z").toEpochMilli());
      LocalDate day = LocalDate.parse("2026-11-23");
      assertThat(harness.extractOutputValues())
          .containsExactly(new BreachCount("s-1", "SK", BreachType.REPLY_OVERDUE, day, 1));

      // A late reply's breach of the 23rd, decided when the 24th had begun.
      send(harness, breach("s-1", BreachType.REPLY_OVERDUE, "2026-11-23T16:00:00Z"));
      harness.processWatermark(Instant.parse("2026-11-24T06:00:01Z").toEpochMilli());
      assertThat(harness.extractOutputValues())
          .containsExactly(
              new BreachCount("s-1", "SK", BreachType.REPLY_OVERDUE, day, 1),
              new BreachCount("s-1", "SK", BreachType.REPLY_OVERDUE, day, 2));
    }
  }

  @Test
  void oneWatermarkPastSeveralDaysEmitsEachDayOnceAndLaterWatermarksNothingMore() throws Exception {
    try (var harness = harness()) {
      harness.open();
      send(harness, breach("s-1", BreachType.REPLY_OVERDUE, "2026-11-23T09:00:00Z"));
      send(harness, breach("s-1", BreachType.AUTOMATED_REPLY, "2026-11-24T09:00:00Z"));
      send(harness, breach("s-1", BreachType.REPLY_OVERDUE, "2026-11-25T09:00:00Z"));
      send(harness, breach("s-1", BreachType.REPLY_OVERDUE, "2026-11-25T10:00:00Z"));
      send(harness, breach("s-1", BreachType.REPLY_OVERDUE, "2026-11-26T09:00:00Z"));

      // Past the 25th in Bratislava, not the 26th.
      harness.processWatermark(Instant.parse("2026-11-25T23:30:00Z").toEpochMilli());
      harness.processWatermark(Instant.parse("2026-11-25T23:40:00Z").toEpochMilli());

      assertThat(harness.extractOutputValues())
          .containsExactlyInAnyOrder(
              new BreachCount(
                  "s-1", "SK", BreachType.REPLY_OVERDUE, LocalDate.parse("2026-11-23"), 1),
              new BreachCount(
                  "s-1", "SK", BreachType.AUTOMATED_REPLY, LocalDate.parse("2026-11-24"), 1),
              new BreachCount(
                  "s-1", "SK", BreachType.REPLY_OVERDUE, LocalDate.parse("2026-11-25"), 2));
    }
  }

  @Test
  void aCountIsCorrectableForTheCorrectionSpanAfterItsDayAndForgottenAfterIt() throws Exception {
    try (var harness = harness()) {
      harness.open();
      LocalDate first = LocalDate.parse("2026-11-23");
      LocalDate second = LocalDate.parse("2026-11-24");
      send(harness, breach("s-1", BreachType.REPLY_OVERDUE, "2026-11-23T09:00:00Z"));
      send(harness, breach("s-1", BreachType.REPLY_OVERDUE, "2026-11-24T09:00:00Z"));
      harness.processWatermark(Instant.parse("2026-11-25T06:00:00Z").toEpochMilli());

      // The 23rd closed at 22:59:59.999Z; two days later it is forgotten, the 24th is not yet.
      harness.processWatermark(Instant.parse("2026-11-25T22:59:59.999Z").toEpochMilli());
      send(harness, breach("s-1", BreachType.REPLY_OVERDUE, "2026-11-23T10:00:00Z"));
      send(harness, breach("s-1", BreachType.REPLY_OVERDUE, "2026-11-24T10:00:00Z"));
      harness.processWatermark(Instant.parse("2026-11-25T23:00:00Z").toEpochMilli());

      assertThat(harness.extractOutputValues())
          .containsExactlyInAnyOrder(
              new BreachCount("s-1", "SK", BreachType.REPLY_OVERDUE, first, 1),
              new BreachCount("s-1", "SK", BreachType.REPLY_OVERDUE, second, 1),
              // Too late to correct: a new count.
              new BreachCount("s-1", "SK", BreachType.REPLY_OVERDUE, first, 1),
              // Corrected: the total.
              new BreachCount("s-1", "SK", BreachType.REPLY_OVERDUE, second, 2));
    }
  }
}
