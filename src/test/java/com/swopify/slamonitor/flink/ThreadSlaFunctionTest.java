package com.swopify.slamonitor.flink;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.calendar.CalendarChange;
import com.swopify.slamonitor.events.Alert;
import com.swopify.slamonitor.events.AlertType;
import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.BreachType;
import com.swopify.slamonitor.events.Finding;
import com.swopify.slamonitor.events.Finding.FindingType;
import com.swopify.slamonitor.events.FindingReview;
import com.swopify.slamonitor.events.TakeoverReason;
import com.swopify.slamonitor.events.TakeoverRequest;
import com.swopify.slamonitor.events.ThreadEvent;
import com.swopify.slamonitor.events.ThreadEvent.Kind;
import com.swopify.slamonitor.events.Topic;
import com.swopify.slamonitor.market.MarketRulebook;
import com.swopify.slamonitor.market.Markets;
import com.swopify.slamonitor.metrics.MetricsServer;
import com.swopify.slamonitor.sla.ReplySla;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.apache.flink.util.OutputTag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reply-SLA function in Flink's operator harness, on the real SK and split-hours calendars. */
class ThreadSlaFunctionTest {
  static final Markets MARKETS =
      Markets.parse(
          """
      markets:
        SK: {timeZone: Europe/Bratislava, languages: [sk], holidayCountry: SK}
        XX:
          timeZone: Europe/Bratislava
          languages: [sk]
          businessHours:
            MONDAY: ["08:00-12:00", "13:00-17:00"]
            TUESDAY: ["08:00-12:00", "13:00-17:00"]
            WEDNESDAY: ["08:00-12:00", "13:00-17:00"]
            THURSDAY: ["08:00-12:00", "13:00-17:00"]
            FRIDAY: ["08:00-14:00"]
          replyWithin: PT8H
          atRiskAt: [0.5]
          takeoverAfter: PT4H
      """,
          "test markets");

  private KeyedBroadcastOperatorTestHarness<String, ThreadEvent, CalendarChange, Alert> harness;

  @BeforeEach
  void setUp() throws Exception {
    harness = newHarness();
    harness.open();
  }

  static KeyedBroadcastOperatorTestHarness<String, ThreadEvent, CalendarChange, Alert> newHarness()
      throws Exception {
    MarketRulebook calendars = MarketRulebook.of(MARKETS);
    ReplySla rules = new ReplySla(calendars, Duration.ofDays(30).toMillis());
    return ThreadSlaHarness.of(rules, calendars, Long.MAX_VALUE, MetricsServer.OFF);
  }

  @AfterEach
  void tearDown() throws Exception {
    harness.close();
  }

  static long at(String instant) {
    return Instant.parse(instant).toEpochMilli();
  }

  static ThreadEvent message(String thread, String id, String market, String sentAt) {
    return new ThreadEvent(
        Kind.BUYER_MESSAGE, id, thread, "s-1", market, at(sentAt), Topic.GENERAL, null, null);
  }

  static ThreadEvent reply(String thread, String id, String market, String sentAt) {
    return new ThreadEvent(
        Kind.SELLER_REPLY, id, thread, "s-1", market, at(sentAt), null, null, null);
  }

  private List<Alert> alertsOf(String thread) {
    return harness.extractOutputValues().stream().filter(a -> a.threadId().equals(thread)).toList();
  }

  private void send(ThreadEvent event) throws Exception {
    harness.processElement(new StreamRecord<>(event, event.at()));
  }

  private <T> List<T> side(OutputTag<T> tag) {
    var records = harness.getSideOutput(tag);
    return records == null
        ? List.of()
        : records.stream().map(StreamRecord::getValue).collect(Collectors.toList());
  }

  @Test
  void aHolidayRemovedWhileAWaitIsOpenFiresItsPastDeadlinesWhenPublished() throws Exception {
    // Monday 2026-11-16 10:00 in Bratislava; Tuesday 17 November is a holiday in this calendar,
    // so the message is at risk on Wednesday 04:00 and due on Wednesday 10:00 (local).
    send(message("t-1", "m-1", "SK", "2026-11-16T09:00:00Z"));
    send(message("t-2", "m-2", "XX", "2026-11-16T09:00:00Z"));
    harness.watermark(at("2026-11-17T10:00:00Z"));
    assertThat(alertsOf("t-1")).isEmpty();
    int xxAlerts = alertsOf("t-2").size();

    // Published at noon on the Tuesday: the day is a working day after all, and both deadlines
    // (Tuesday 04:00 and 10:00 local) lie in the past then.
    harness.processBroadcastElement(
        CalendarChange.holidayRemoved(
            "c-1", "SK", Instant.parse("2026-11-17T12:00:00Z"), LocalDate.parse("2026-11-17")),
        at("2026-11-17T12:00:00Z"));
    harness.watermark(at("2026-11-17T12:00:00Z"));

    assertThat(alertsOf("t-2")).as("another market's thread is not woken").hasSize(xxAlerts);
    assertThat(alertsOf("t-1"))
        .extracting(
            Alert::type, a -> a.at().toString(), a -> a.dueAt().toString(), Alert::calendarChangeId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                AlertType.AT_RISK, "2026-11-17T12:00:00Z", "2026-11-17T09:00:00Z", "c-1"),
            org.assertj.core.groups.Tuple.tuple(
                AlertType.OVERDUE, "2026-11-17T12:00:00Z", "2026-11-17T09:00:00Z", "c-1"));
  }

  @Test
  void publishedChangesSurviveARestore() throws Exception {
    send(message("t-1", "m-1", "SK", "2026-11-16T09:00:00Z"));
    harness.processBroadcastElement(
        CalendarChange.holidayRemoved(
            "c-1", "SK", Instant.parse("2026-11-17T12:00:00Z"), LocalDate.parse("2026-11-17")),
        at("2026-11-17T12:00:00Z"));
    harness.watermark(at("2026-11-17T10:00:00Z"));
    var snapshot = harness.snapshot(1, at("2026-11-17T10:00:00Z"));
    harness.close();

    harness = newHarness();
    harness.initializeState(snapshot);
    harness.open();
    harness.watermark(at("2026-11-17T12:00:00Z"));

    assertThat(harness.extractOutputValues())
        .extracting(Alert::type, Alert::calendarChangeId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(AlertType.AT_RISK, "c-1"),
            org.assertj.core.groups.Tuple.tuple(AlertType.OVERDUE, "c-1"));
  }

  @Test
  void fridayMessageIsDueOnMondayAndAlertsFireOnTheirTimers() throws Exception {
    // Friday 2026-11-20 10:00 in Bratislava (09:00Z); the weekend is closed.
    send(message("t-1", "m-1", "SK", "2026-11-20T09:00:00Z"));
    assertThat(harness.numEventTimeTimers()).isEqualTo(1);
    assertThat(ThreadSlaHarness.keyedStateEntries(harness)).isEqualTo(1);

    harness.watermark(at("2026-11-20T09:00:00Z"));
    // Waiting for the at-risk threshold: 18 business hours = Friday 14 h + Monday 4 h.
    assertThat(harness.numEventTimeTimers()).isEqualTo(1);
    assertThat(harness.extractOutputValues()).isEmpty();

    harness.watermark(at("2026-11-23T09:00:00Z"));
    List<Alert> alerts = harness.extractOutputValues();
    assertThat(alerts)
        .extracting(Alert::type, Alert::at)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                AlertType.AT_RISK, Instant.parse("2026-11-23T03:00:00Z")),
            org.assertj.core.groups.Tuple.tuple(
                AlertType.OVERDUE, Instant.parse("2026-11-23T09:00:00Z")));
    assertThat(alerts.get(1).businessElapsedMillis()).isEqualTo(Duration.ofHours(24).toMillis());
    assertThat(side(OutputTags.BREACHES))
        .extracting(Breach::type)
        .containsExactly(BreachType.REPLY_OVERDUE);
    assertThat(side(OutputTags.TAKEOVERS))
        .extracting(TakeoverRequest::reason)
        .containsExactly(TakeoverReason.REPLY_OVERDUE);
    // Records carry their event time as the Flink timestamp, for the daily breach counts.
    assertThat(harness.getOutput()).isNotEmpty();
  }

  @Test
  void findingsBelowTheirThresholdGoToReviewNotToBreachesOrTakeovers() throws Exception {
    Finding counterfeit =
        new Finding(
            FindingType.COUNTERFEIT,
            "{\"messageId\":\"m-5\",\"signals\":[\"counterfeit\"]}",
            0.41,
            true);
    send(
        new ThreadEvent(
            Kind.BUYER_MESSAGE,
            "m-5",
            "t-5",
            "s-1",
            "SK",
            at("2026-11-23T09:00:00Z"),
            Topic.GENERAL,
            null,
            null,
            List.of(counterfeit),
            0));
    // An automated recognition below its threshold: the reply is not automated, so it answers.
    Finding automated =
        new Finding(FindingType.AUTOMATED_REPLY, "{\"recognisedBy\":\"out-of-office\"}", 0.3, true);
    Finding language =
        new Finding(
            FindingType.WRONG_LANGUAGE,
            "{\"detected\":\"cs\",\"confidence\":0.55,\"marketLanguages\":[\"sk\"]}",
            0.55,
            true);
    send(
        new ThreadEvent(
            Kind.SELLER_REPLY,
            "r-5",
            "t-5",
            "s-1",
            "SK",
            at("2026-11-23T10:00:00Z"),
            null,
            null,
            null,
            List.of(automated, language),
            0));
    harness.watermark(at("2026-11-30T00:00:00Z"));

    assertThat(side(OutputTags.BREACHES)).isEmpty();
    assertThat(side(OutputTags.TAKEOVERS)).isEmpty();
    assertThat(harness.extractOutputValues()).isEmpty();
    List<FindingReview> reviews = side(OutputTags.FINDING_REVIEWS);
    assertThat(reviews)
        .extracting(
            FindingReview::finding,
            FindingReview::messageId,
            FindingReview::confidence,
            FindingReview::at)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                FindingType.COUNTERFEIT, "m-5", 0.41, Instant.parse("2026-11-23T09:00:00Z")),
            org.assertj.core.groups.Tuple.tuple(
                FindingType.AUTOMATED_REPLY, "r-5", 0.3, Instant.parse("2026-11-23T10:00:00Z")),
            org.assertj.core.groups.Tuple.tuple(
                FindingType.WRONG_LANGUAGE, "r-5", 0.55, Instant.parse("2026-11-23T10:00:00Z")));
    assertThat(reviews)
        .allSatisfy(
            review -> {
              assertThat(review.threadId()).isEqualTo("t-5");
              assertThat(review.sellerId()).isEqualTo("s-1");
              assertThat(review.market()).isEqualTo("SK");
            });
    assertThat(reviews)
        .filteredOn(r -> r.finding() == FindingType.WRONG_LANGUAGE)
        .singleElement()
        .satisfies(r -> assertThat(r.evidenceJson()).isEqualTo(language.detailsJson()));
    // Deterministic: the same finding in the same message has the same id.
    assertThat(reviews)
        .extracting(FindingReview::reviewId)
        .doesNotHaveDuplicates()
        .contains(
            FindingReview.of(
                    language,
                    new ThreadEvent(
                        Kind.SELLER_REPLY,
                        "r-5",
                        "t-5",
                        "s-1",
                        "SK",
                        at("2026-11-23T10:00:00Z"),
                        null,
                        null,
                        null))
                .reviewId());
  }

  @Test
  void findingsAtOrAboveTheirThresholdAreActedOn() throws Exception {
    send(
        new ThreadEvent(
            Kind.BUYER_MESSAGE,
            "m-6",
            "t-6",
            "s-1",
            "SK",
            at("2026-11-23T09:00:00Z"),
            Topic.GENERAL,
            null,
            null,
            List.of(new Finding(FindingType.COUNTERFEIT, "{\"messageId\":\"m-6\"}", 0.92)),
            0));
    send(
        new ThreadEvent(
            Kind.AUTOMATED_REPLY,
            "r-6",
            "t-6",
            "s-1",
            "SK",
            at("2026-11-23T10:00:00Z"),
            null,
            null,
            "out-of-office",
            List.of(ThreadEvent.automatedFinding("out-of-office", 0.95)),
            0));
    harness.watermark(at("2026-11-23T10:00:00Z"));

    assertThat(side(OutputTags.FINDING_REVIEWS)).isEmpty();
    assertThat(side(OutputTags.TAKEOVERS))
        .extracting(TakeoverRequest::reason)
        .containsExactly(TakeoverReason.COUNTERFEIT);
    assertThat(side(OutputTags.BREACHES))
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.type()).isEqualTo(BreachType.AUTOMATED_REPLY);
              assertThat(b.detailsJson()).isEqualTo("{\"recognisedBy\":\"out-of-office\"}");
            });
  }

  @Test
  void splitHoursReplyExactlyAtTheDeadlineIsInTime() throws Exception {
    // Monday 2026-11-23 11:00 local (10:00Z) + 8 business hours on 08-12/13-17 days:
    // 1 h Monday morning, 4 h Monday afternoon, 3 h Tuesday morning = Tuesday 11:00 local.
    send(message("t-2", "m-2", "XX", "2026-11-23T10:00:00Z"));
    send(reply("t-2", "r-2", "XX", "2026-11-24T10:00:00Z"));
    harness.watermark(at("2026-11-30T00:00:00Z"));

    // At risk at 4 business hours: Monday 16:00 local.
    assertThat(harness.extractOutputValues())
        .extracting(Alert::type, Alert::at)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                AlertType.AT_RISK, Instant.parse("2026-11-23T15:00:00Z")));
    assertThat(side(OutputTags.BREACHES)).isEmpty();
  }

  @Test
  void splitHoursReplyOneMillisecondLateIsOverdueAndLate() throws Exception {
    send(message("t-3", "m-3", "XX", "2026-11-23T10:00:00Z"));
    send(reply("t-3", "r-3", "XX", "2026-11-24T10:00:00.001Z"));
    harness.watermark(at("2026-11-30T00:00:00Z"));

    assertThat(harness.extractOutputValues())
        .extracting(Alert::type)
        .containsExactly(AlertType.AT_RISK, AlertType.OVERDUE, AlertType.LATE_REPLY);
    // Takeover only 4 business hours after the deadline; the reply came before that.
    assertThat(side(OutputTags.TAKEOVERS)).isEmpty();
  }

  @Test
  void aLateMessageIsJudgedByItsEventTimeAtTheNextWatermark() throws Exception {
    harness.watermark(at("2026-11-24T06:00:00Z"));
    // Monday 12:00 local, delivered only on Tuesday: its at-risk point has passed already.
    send(message("t-4", "m-4", "SK", "2026-11-23T11:00:00Z"));
    assertThat(harness.extractOutputValues()).isEmpty();
    assertThat(side(OutputTags.DEAD_LETTERS)).isEmpty();

    harness.watermark(at("2026-11-24T06:00:01Z"));
    assertThat(harness.extractOutputValues())
        .extracting(Alert::type, Alert::at)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                AlertType.AT_RISK, Instant.parse("2026-11-24T05:00:00Z")));

    harness.watermark(at("2026-11-24T11:00:00Z"));
    assertThat(harness.extractOutputValues())
        .extracting(Alert::type)
        .containsExactly(AlertType.AT_RISK, AlertType.OVERDUE);
  }

  @Test
  void aLateReplyInTimeAnswersWithoutALateReplyAlert() throws Exception {
    send(message("t-7", "m-7", "SK", "2026-11-23T10:00:00Z"));
    harness.watermark(at("2026-11-23T12:00:00Z"));
    send(reply("t-7", "r-7", "SK", "2026-11-23T11:00:00Z"));
    harness.watermark(at("2026-11-30T00:00:00Z"));

    assertThat(harness.extractOutputValues()).isEmpty();
    assertThat(side(OutputTags.BREACHES)).isEmpty();
    assertThat(side(OutputTags.TAKEOVERS)).isEmpty();
  }

  @Test
  void answeredThreadKeepsOnlyItsIdsAndThenDisappears() throws Exception {
    send(message("t-5", "m-5", "SK", "2026-11-23T10:00:00Z"));
    send(reply("t-5", "r-5", "SK", "2026-11-23T11:00:00Z"));
    send(reply("t-5", "r-5", "SK", "2026-11-23T11:00:00Z"));
    harness.watermark(at("2026-11-24T00:00:00Z"));
    assertThat(ThreadSlaHarness.keyedStateEntries(harness)).isEqualTo(1);
    assertThat(harness.numEventTimeTimers()).isEqualTo(1);

    harness.watermark(at("2026-12-24T00:00:00Z"));
    assertThat(ThreadSlaHarness.keyedStateEntries(harness)).isZero();
    assertThat(harness.numEventTimeTimers()).isZero();
    assertThat(harness.extractOutputValues()).isEmpty();
    assertThat(side(OutputTags.DEAD_LETTERS)).isEmpty();
  }

  @Test
  void stateSurvivesASnapshotAndRestore() throws Exception {
    send(message("t-6", "m-6", "SK", "2026-11-23T10:00:00Z"));
    harness.watermark(at("2026-11-23T10:00:00Z"));
    var snapshot = harness.snapshot(1L, 1L);
    harness.close();

    harness = newHarness();
    harness.initializeState(snapshot);
    harness.open();
    harness.watermark(at("2026-11-24T10:00:00Z"));
    assertThat(harness.extractOutputValues())
        .extracting(Alert::type)
        .containsExactly(AlertType.AT_RISK, AlertType.OVERDUE);
  }
}
