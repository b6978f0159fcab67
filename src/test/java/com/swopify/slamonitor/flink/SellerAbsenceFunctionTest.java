package com.swopify.slamonitor.flink;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.absence.SellerAbsences;
import com.swopify.slamonitor.events.AbsenceNotice;
import com.swopify.slamonitor.events.AbsenceStatus;
import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.BreachType;
import com.swopify.slamonitor.events.SellerActivity;
import com.swopify.slamonitor.events.TakeoverReason;
import com.swopify.slamonitor.events.TakeoverRequest;
import com.swopify.slamonitor.market.MarketRulebook;
import com.swopify.slamonitor.market.Markets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.co.KeyedCoProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.apache.flink.util.OutputTag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The seller-absence function in Flink's two-input operator harness, on the Slovak calendar. */
class SellerAbsenceFunctionTest {
  static final Markets MARKETS =
      Markets.parse(
          """
      markets:
        SK: {timeZone: Europe/Bratislava, languages: [sk], holidayCountry: SK}
      """,
          "test markets");

  private KeyedTwoInputStreamOperatorTestHarness<String, AbsenceNotice, SellerActivity, Breach>
      harness;

  static KeyedTwoInputStreamOperatorTestHarness<String, AbsenceNotice, SellerActivity, Breach>
      newHarness(long asOfMillis) throws Exception {
    SellerAbsences rules =
        new SellerAbsences(MarketRulebook.of(MARKETS), Duration.ofDays(30).toMillis());
    return new KeyedTwoInputStreamOperatorTestHarness<>(
        new KeyedCoProcessOperator<>(new SellerAbsenceFunction(rules, asOfMillis)),
        AbsenceNotice::sellerId,
        SellerActivity::sellerId,
        Types.STRING);
  }

  @AfterEach
  void tearDown() throws Exception {
    harness.close();
  }

  static long at(String instant) {
    return Instant.parse(instant).toEpochMilli();
  }

  static AbsenceNotice notice(
      String notifiedAt, String firstDay, String lastDay, AbsenceStatus status) {
    return new AbsenceNotice(
        "n-1",
        "s-1",
        "SK",
        Instant.parse(notifiedAt),
        LocalDate.parse(firstDay),
        LocalDate.parse(lastDay),
        status);
  }

  static SellerActivity activity(SellerActivity.Kind kind, String thread, String at) {
    return new SellerActivity(kind, "s-1", "SK", thread, at(at));
  }

  private void send(AbsenceNotice notice) throws Exception {
    harness.processElement1(new StreamRecord<>(notice, notice.notifiedAt().toEpochMilli()));
  }

  private void send(SellerActivity activity) throws Exception {
    harness.processElement2(new StreamRecord<>(activity, activity.at()));
  }

  private void watermark(String instant) throws Exception {
    harness.processBothWatermarks(
        new org.apache.flink.streaming.api.watermark.Watermark(at(instant)));
  }

  private <T> List<T> side(OutputTag<T> tag) {
    var records = harness.getSideOutput(tag);
    return records == null ? List.of() : records.stream().map(StreamRecord::getValue).toList();
  }

  @Test
  void aNoticeIsJudgedAtItsTimeCoveredAtItsStartAndForgottenAfterItsRetention() throws Exception {
    harness = newHarness(Long.MAX_VALUE);
    harness.open();
    // 6 business days (8-15 February 2027), 1 day of notice.
    send(notice("2027-02-07T10:00:00Z", "2027-02-08", "2027-02-15", AbsenceStatus.ANNOUNCED));
    assertThat(harness.numEventTimeTimers()).isEqualTo(1);
    assertThat(harness.numKeyedStateEntries()).isEqualTo(1);
    assertThat(harness.extractOutputValues()).isEmpty();

    watermark("2027-02-07T10:00:00Z");
    assertThat(harness.extractOutputValues())
        .extracting(Breach::type)
        .containsExactly(BreachType.ABSENCE_NOTICE_TOO_SHORT);
    // Breaches carry their occurredAt as the Flink timestamp, for the daily counts.
    assertThat(harness.getOutput())
        .anySatisfy(
            r ->
                assertThat(((StreamRecord<?>) r).getTimestamp())
                    .isEqualTo(at("2027-02-07T10:00:00Z")));
    assertThat(side(OutputTags.TAKEOVERS)).isEmpty();
    assertThat(harness.numEventTimeTimers()).isEqualTo(1);

    watermark("2027-02-07T23:00:00Z");
    assertThat(side(OutputTags.TAKEOVERS))
        .extracting(TakeoverRequest::reason, TakeoverRequest::requestedAt)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                TakeoverReason.SELLER_ABSENT, Instant.parse("2027-02-07T23:00:00Z")));

    // 30 days after the end of the last day (15 February, 23:00Z) the seller's state is gone.
    watermark("2027-03-17T22:59:59.998Z");
    assertThat(harness.numKeyedStateEntries()).isEqualTo(1);
    watermark("2027-03-17T22:59:59.999Z");
    assertThat(harness.numKeyedStateEntries()).isZero();
    assertThat(harness.numEventTimeTimers()).isZero();
  }

  @Test
  void aCancellationArrivingFirstStillWinsBecauseDecisionsWaitForTheWatermark() throws Exception {
    harness = newHarness(Long.MAX_VALUE);
    harness.open();
    send(notice("2027-02-03T10:00:00Z", "2027-02-08", "2027-02-15", AbsenceStatus.CANCELLED));
    send(notice("2027-01-04T10:00:00Z", "2027-02-08", "2027-02-15", AbsenceStatus.ANNOUNCED));
    send(notice("2027-01-04T10:00:00Z", "2027-02-08", "2027-02-15", AbsenceStatus.ANNOUNCED));
    watermark("2027-04-30T00:00:00Z");

    assertThat(harness.extractOutputValues()).isEmpty();
    assertThat(side(OutputTags.TAKEOVERS)).isEmpty();
    assertThat(harness.numKeyedStateEntries()).isZero();
  }

  @Test
  void aNoticeBehindTheWatermarkIsStillJudgedByItsEventTime() throws Exception {
    harness = newHarness(Long.MAX_VALUE);
    harness.open();
    watermark("2027-02-07T12:00:00Z");
    send(notice("2027-02-07T10:00:00Z", "2027-02-08", "2027-02-15", AbsenceStatus.ANNOUNCED));
    watermark("2027-02-07T12:00:01Z");

    assertThat(harness.extractOutputValues())
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.type()).isEqualTo(BreachType.ABSENCE_NOTICE_TOO_SHORT);
              assertThat(b.occurredAt()).isEqualTo(Instant.parse("2027-02-07T10:00:00Z"));
            });
  }

  @Test
  void aSilenceIsReportedAtTheEndOfItsSixthBusinessDayAndEndsWithAReply() throws Exception {
    harness = newHarness(Long.MAX_VALUE);
    harness.open();
    send(activity(SellerActivity.Kind.WAIT_OPENED, "t-1", "2026-11-20T14:40:00Z"));
    watermark("2026-11-20T14:40:00Z");
    // One timer: the end of Monday 30 November, the earliest day the silence can exceed five.
    assertThat(harness.numEventTimeTimers()).isEqualTo(1);

    watermark("2026-11-30T22:59:59.999Z");
    assertThat(harness.extractOutputValues())
        .extracting(Breach::type, Breach::occurredAt)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                BreachType.UNANNOUNCED_ABSENCE, Instant.parse("2026-11-30T22:59:59.999Z")));
    assertThat(harness.numEventTimeTimers()).isZero();
    assertThat(harness.numKeyedStateEntries()).isEqualTo(1);

    send(activity(SellerActivity.Kind.REPLIED, "t-1", "2026-12-01T08:00:00Z"));
    watermark("2026-12-01T08:00:00Z");
    assertThat(harness.numKeyedStateEntries()).isZero();
    assertThat(harness.extractOutputValues()).hasSize(1);
  }

  @Test
  void nothingAfterAsOfIsDecided() throws Exception {
    harness = newHarness(at("2027-02-07T12:00:00Z"));
    harness.open();
    send(notice("2027-02-07T10:00:00Z", "2027-02-08", "2027-02-15", AbsenceStatus.ANNOUNCED));
    harness.endAllInputs();
    watermark("2027-12-31T00:00:00Z");

    assertThat(harness.extractOutputValues()).hasSize(1);
    // The takeover at 23:00Z lies after "now".
    assertThat(side(OutputTags.TAKEOVERS)).isEmpty();
  }

  @Test
  void stateSurvivesASnapshotAndRestore() throws Exception {
    harness = newHarness(Long.MAX_VALUE);
    harness.open();
    send(notice("2027-02-07T10:00:00Z", "2027-02-08", "2027-02-15", AbsenceStatus.ANNOUNCED));
    send(activity(SellerActivity.Kind.WAIT_OPENED, "t-1", "2027-02-01T09:00:00Z"));
    watermark("2027-02-07T10:00:00Z");
    OperatorSubtaskState snapshot = harness.snapshot(1L, 1L);
    harness.close();

    harness = newHarness(Long.MAX_VALUE);
    harness.initializeState(snapshot);
    harness.open();
    watermark("2027-03-31T00:00:00Z");

    // The takeover still comes; the silence since 1 February: 2-5 February, then 8-15 covered,
    // 16 and 17 February make six.
    assertThat(side(OutputTags.TAKEOVERS)).hasSize(1);
    assertThat(harness.extractOutputValues())
        .extracting(Breach::occurredAt)
        .containsExactly(Instant.parse("2027-02-17T22:59:59.999Z"));
  }
}
