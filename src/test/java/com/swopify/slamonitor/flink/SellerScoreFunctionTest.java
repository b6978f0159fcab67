package com.swopify.slamonitor.flink;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.BreachType;
import com.swopify.slamonitor.events.WaitOutcome;
import com.swopify.slamonitor.scorecard.Grade;
import com.swopify.slamonitor.scorecard.SellerScore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.co.KeyedCoProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/**
 * The daily flush of the scorecards in the operator harness: a day's records go out when event time
 * has passed the market-local day by the close delay (with the breach counts), one per seller and
 * market, from that seller's own timer.
 */
class SellerScoreFunctionTest {
  private static final long DELAY = Duration.ofMinutes(30).toMillis();

  /** Midnight in Bratislava (UTC+1 in November), plus the delay, minus a millisecond. */
  private static final long DAY_23_CLOSES =
      Instant.parse("2026-11-23T23:30:00Z").toEpochMilli() - 1;

  private static KeyedTwoInputStreamOperatorTestHarness<String, WaitOutcome, Breach, SellerScore>
      harness() throws Exception {
    return new KeyedTwoInputStreamOperatorTestHarness<>(
        new KeyedCoProcessOperator<>(
            new SellerScoreFunction(
                ThreadSlaFunctionTest.MARKETS.zones(),
                ThreadSlaFunctionTest.MARKETS.scorecards(),
                Long.MAX_VALUE,
                DELAY)),
        WaitOutcome::sellerId,
        Breach::sellerId,
        Types.STRING);
  }

  private static WaitOutcome outcome(String seller, WaitOutcome.Kind kind, String at, long millis) {
    return new WaitOutcome(kind, seller, "SK", Instant.parse(at).toEpochMilli(), millis);
  }

  @Test
  void aDaysRecordsGoOutWithItsBreachCountsOncePerSellerFromItsOwnTimer() throws Exception {
    try (var harness = harness()) {
      harness.open();
      for (String seller : List.of("s-1", "s-2")) {
        WaitOutcome reply =
            outcome(seller, WaitOutcome.Kind.REPLIED_IN_TIME, "2026-11-23T10:00:00Z", 3_600_500L);
        harness.processElement1(new StreamRecord<>(reply, reply.at()));
      }
      WaitOutcome overdue = outcome("s-1", WaitOutcome.Kind.OVERDUE, "2026-11-23T22:59:00Z", 0);
      harness.processElement1(new StreamRecord<>(overdue, overdue.at()));
      WaitOutcome marked = outcome("s-1", WaitOutcome.Kind.MARKED, "2026-11-23T12:00:00Z", 0);
      harness.processElement1(new StreamRecord<>(marked, marked.at()));
      Breach breach =
          new Breach(
              "b-1",
              BreachType.REPLY_OVERDUE,
              "s-1",
              "SK",
              "t-1",
              "m-1",
              null,
              Instant.parse("2026-11-23T22:59:00Z"),
              "{}",
              null);
      harness.processElement2(new StreamRecord<>(breach, breach.occurredAt().toEpochMilli()));
      // One timer per seller: no global flush.
      assertThat(harness.numEventTimeTimers()).isEqualTo(2);

      harness.processBothWatermarks(
          new org.apache.flink.streaming.api.watermark.Watermark(DAY_23_CLOSES - 1));
      assertThat(harness.extractOutputValues()).isEmpty();

      harness.processBothWatermarks(
          new org.apache.flink.streaming.api.watermark.Watermark(DAY_23_CLOSES));
      List<SellerScore> scores = harness.extractOutputValues();
      assertThat(scores).extracting(SellerScore::sellerId).containsExactlyInAnyOrder("s-1", "s-2");
      SellerScore first =
          scores.stream().filter(s -> s.sellerId().equals("s-1")).findFirst().orElseThrow();
      assertThat(first.day()).isEqualTo(LocalDate.parse("2026-11-23"));
      assertThat(first.p7d().waits()).isEqualTo(2);
      assertThat(first.p7d().onTime()).isEqualTo(1);
      assertThat(first.p7d().markedWaits()).isEqualTo(1);
      assertThat(first.p7d().replies()).isEqualTo(1);
      assertThat(first.p7d().meanReplyBusinessSeconds()).isEqualTo(3_600L);
      assertThat(first.p7d().breaches(BreachType.REPLY_OVERDUE)).isEqualTo(1);
      assertThat(first.grade()).isEqualTo(Grade.NO_DATA);
      assertThat(first.previousGrade()).isNull();
      // Each seller waits for its next day's closing, again on a timer of its own.
      assertThat(harness.numEventTimeTimers()).isEqualTo(2);

      harness.processBothWatermarks(
          new org.apache.flink.streaming.api.watermark.Watermark(
              DAY_23_CLOSES + Duration.ofDays(1).toMillis()));
      List<SellerScore> next = harness.extractOutputValues().subList(2, 4);
      assertThat(next)
          .allSatisfy(
              s -> {
                assertThat(s.day()).isEqualTo(LocalDate.parse("2026-11-24"));
                assertThat(s.previousGrade()).isEqualTo(Grade.NO_DATA);
              });
    }
  }

  @Test
  void aSellerGetsRecordsFor90DaysAfterItsLastDecisionThenNone() throws Exception {
    try (var harness = harness()) {
      harness.open();
      WaitOutcome reply =
          outcome("s-1", WaitOutcome.Kind.REPLIED_IN_TIME, "2026-11-23T10:00:00Z", 1_000L);
      harness.processElement1(new StreamRecord<>(reply, reply.at()));

      harness.processBothWatermarks(
          new org.apache.flink.streaming.api.watermark.Watermark(
              DAY_23_CLOSES + Duration.ofDays(120).toMillis()));

      List<SellerScore> scores = harness.extractOutputValues();
      assertThat(scores).hasSize(90);
      assertThat(scores.get(89).day()).isEqualTo(LocalDate.parse("2026-11-23").plusDays(89));
      assertThat(scores.get(89).p90d().waits()).isEqualTo(1);
      assertThat(scores.get(89).p30d().waits()).isZero();
      assertThat(harness.numEventTimeTimers()).isZero();
      assertThat(harness.numKeyedStateEntries()).isZero();
    }
  }
}
