package com.swopify.slamonitor.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.WaitOutcome;
import com.swopify.slamonitor.events.WaitOutcome.Kind;
import com.swopify.slamonitor.flink.SellerScoreFunction;
import com.swopify.slamonitor.market.Markets;
import com.swopify.slamonitor.scorecard.SellerScore;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.co.KeyedCoProcessOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/**
 * The scorecard metrics from the seller-score function in Flink's operator harness: sellers per
 * grade follow each seller's latest record, grade changes are counted by direction, and the gauges
 * come back after a restore from a checkpoint.
 */
class SellerGradesTest {
  // A market of its own, so that no other test's sellers mix into the gauges; one wait grades.
  static final Markets MARKETS =
      Markets.parse(
          """
      markets:
        XH:
          timeZone: Europe/Bratislava
          languages: [sk]
          holidayCountry: SK
          scorecard: {minWaits: 1, good: 0.95, atRisk: 0.5}
      """,
          "grade test market");
  static final long DELAY = Duration.ofMinutes(30).toMillis();

  /** Monday 2026-11-23 10:00 local. */
  static final long MONDAY = Instant.parse("2026-11-23T09:00:00Z").toEpochMilli();

  static final long DAY = Duration.ofDays(1).toMillis();

  /** When Monday's records go out: local midnight (UTC+1) plus the delay, minus a millisecond. */
  static final long MONDAY_CLOSES = Instant.parse("2026-11-23T23:30:00Z").toEpochMilli() - 1;

  static KeyedTwoInputStreamOperatorTestHarness<String, WaitOutcome, Breach, SellerScore> harness()
      throws Exception {
    return new KeyedTwoInputStreamOperatorTestHarness<>(
        new KeyedCoProcessOperator<>(
            new SellerScoreFunction(MARKETS.zones(), MARKETS.scorecards(), Long.MAX_VALUE, DELAY)),
        WaitOutcome::sellerId,
        Breach::sellerId,
        Types.STRING);
  }

  static StreamRecord<WaitOutcome> outcome(String seller, Kind kind, long at) {
    return new StreamRecord<>(new WaitOutcome(kind, seller, "XH", at, 1_000L), at);
  }

  static double sellers(String grade) {
    return Exposition.parse(MonitorMetrics.scrape())
        .sum("helpdesk_sla_seller_grades", Map.of("market", "XH", "grade", grade));
  }

  static double changes(String direction) {
    return Exposition.parse(MonitorMetrics.scrape())
        .sum(
            "helpdesk_sla_seller_grade_changes_total",
            Map.of("market", "XH", "direction", direction));
  }

  @Test
  void sellersPerGradeFollowTheLatestRecordsAndSurviveARestore() throws Exception {
    MonitorMetrics.registerAtZero(MARKETS.codes());
    for (String grade : new String[] {"NO_DATA", "GOOD", "AT_RISK", "POOR"}) {
      assertThat(sellers(grade)).as(grade).isZero();
    }
    double downBefore = changes("down");
    double upBefore = changes("up");

    OperatorSubtaskState checkpoint;
    try (var first = harness()) {
      first.open();
      first.processElement1(outcome("s-1", Kind.REPLIED_IN_TIME, MONDAY));
      first.processElement1(outcome("s-2", Kind.OVERDUE, MONDAY));
      first.processBothWatermarks(new Watermark(MONDAY_CLOSES));
      assertThat(sellers("GOOD")).isEqualTo(1);
      assertThat(sellers("POOR")).isEqualTo(1);

      // Tuesday: s-1 is late once (1 of 2 on time: AT_RISK), s-2 in time (1 of 2: AT_RISK).
      first.processElement1(outcome("s-1", Kind.OVERDUE, MONDAY + DAY));
      first.processElement1(outcome("s-2", Kind.REPLIED_IN_TIME, MONDAY + DAY));
      first.processBothWatermarks(new Watermark(MONDAY_CLOSES + DAY));
      assertThat(sellers("GOOD")).isZero();
      assertThat(sellers("AT_RISK")).isEqualTo(2);
      assertThat(sellers("POOR")).isZero();
      assertThat(changes("down") - downBefore).isEqualTo(1);
      assertThat(changes("up") - upBefore).isEqualTo(1);
      checkpoint = first.snapshot(1L, MONDAY_CLOSES + DAY);
    }
    // The subtask's counts left the JVM with it.
    assertThat(sellers("AT_RISK")).isZero();
    assertThat(Exposition.parse(MonitorMetrics.scrape()).text()).doesNotContain("s-1", "s-2");

    try (var restored = harness()) {
      restored.initializeState(checkpoint);
      restored.open();
      assertThat(sellers("AT_RISK")).isEqualTo(2);

      // Wednesday's records: unchanged grades, no change counted.
      restored.processBothWatermarks(new Watermark(MONDAY_CLOSES + 2 * DAY));
      assertThat(sellers("AT_RISK")).isEqualTo(2);
      assertThat(changes("down") - downBefore).isEqualTo(1);

      // 90 days after their last decision the sellers' records stop: they leave the gauges.
      restored.processBothWatermarks(new Watermark(MONDAY_CLOSES + 95 * DAY));
      assertThat(sellers("AT_RISK")).isZero();
      assertThat(sellers("NO_DATA")).isZero();
    }
  }
}
