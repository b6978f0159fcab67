package com.swopify.slamonitor.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.swopify.slamonitor.calendar.CalendarChange;
import com.swopify.slamonitor.events.Alert;
import com.swopify.slamonitor.events.AlertType;
import com.swopify.slamonitor.events.BreachType;
import com.swopify.slamonitor.events.ThreadEvent;
import com.swopify.slamonitor.events.ThreadEvent.Kind;
import com.swopify.slamonitor.events.Topic;
import com.swopify.slamonitor.market.MarketRulebook;
import com.swopify.slamonitor.market.Markets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Decisions with the calendar in force at their own instant (contract section 11), on a market open
 * round the clock on weekdays (UTC), so that deadlines are plain arithmetic: a message on Monday
 * 08:00 is at risk on Tuesday 02:00 and due on Tuesday 08:00, unless a change moves them.
 */
class CalendarChangeRulesTest {
  private static final String MARKETS_YAML =
      """
      markets:
        XX:
          timeZone: UTC
          languages: [en]
        XH:
          timeZone: UTC
          languages: [en]
          holidays: ["2026-11-24"]
      """;
  private static final Markets MARKETS = Markets.parse(MARKETS_YAML, "test.yaml");
  private static final Instant MONDAY_8 = Instant.parse("2026-11-23T08:00:00Z");
  private static final LocalDate TUESDAY = LocalDate.parse("2026-11-24");

  private final MarketRulebook rules = MarketRulebook.of(MARKETS);
  private final ReplySla sla = new ReplySla(rules, Duration.ofDays(30).toMillis());
  private final ThreadState state = new ThreadState();
  private final RecordingOutput out = new RecordingOutput();

  @Test
  void aHolidayAddedBeforeTheDeadlinesMovesThemAndTheAlertsNameTheChange() {
    rules.publish(CalendarChange.holidayAdded("c-1", "XX", at("2026-11-23T12:00:00Z"), TUESDAY));
    sla.accept(state, message("m-1", "XX", "s-1", MONDAY_8));
    runThrough(at("2026-11-27T00:00:00Z"));

    assertThat(out.alerts)
        .extracting(Alert::type, Alert::at, Alert::dueAt, Alert::calendarChangeId)
        .containsExactly(
            tuple(AlertType.AT_RISK, at("2026-11-25T02:00:00Z"), at("2026-11-25T08:00:00Z"), "c-1"),
            tuple(
                AlertType.OVERDUE, at("2026-11-25T08:00:00Z"), at("2026-11-25T08:00:00Z"), "c-1"));
    assertThat(out.alerts.get(1).businessElapsedMillis())
        .isEqualTo(Duration.ofHours(24).toMillis());
    assertThat(out.breaches)
        .singleElement()
        .satisfies(
            breach -> {
              assertThat(breach.type()).isEqualTo(BreachType.REPLY_OVERDUE);
              assertThat(breach.occurredAt()).isEqualTo(at("2026-11-25T08:00:00Z"));
              assertThat(breach.calendarChangeId()).isEqualTo("c-1");
            });
  }

  @Test
  void aHolidayRemovedThatPutsTheDeadlinesInThePastFiresThemAtPublication() {
    Instant published = at("2026-11-24T12:00:00Z");
    rules.publish(CalendarChange.holidayRemoved("c-2", "XH", published, TUESDAY));
    sla.accept(state, message("m-1", "XH", "s-1", MONDAY_8));
    runThrough(at("2026-11-27T00:00:00Z"));

    assertThat(out.alerts)
        .extracting(Alert::type, Alert::at, Alert::dueAt, Alert::calendarChangeId)
        .containsExactly(
            tuple(AlertType.AT_RISK, published, at("2026-11-24T08:00:00Z"), "c-2"),
            tuple(AlertType.OVERDUE, published, at("2026-11-24T08:00:00Z"), "c-2"));
    assertThat(out.alerts.get(1).businessElapsedMillis())
        .isEqualTo(Duration.ofHours(28).toMillis());
    assertThat(out.breaches)
        .singleElement()
        .satisfies(breach -> assertThat(breach.occurredAt()).isEqualTo(published));
    assertThat(out.takeovers)
        .singleElement()
        .satisfies(takeover -> assertThat(takeover.requestedAt()).isEqualTo(published));
  }

  @Test
  void aChangePublishedAfterTheDeadlineFellChangesNothing() {
    rules.publish(CalendarChange.holidayAdded("c-3", "XX", at("2026-11-24T10:00:00Z"), TUESDAY));
    sla.accept(state, message("m-1", "XX", "s-1", MONDAY_8));
    runThrough(at("2026-11-27T00:00:00Z"));

    assertThat(out.alerts)
        .extracting(Alert::type, Alert::at, Alert::calendarChangeId)
        .containsExactly(
            tuple(AlertType.AT_RISK, at("2026-11-24T02:00:00Z"), null),
            tuple(AlertType.OVERDUE, at("2026-11-24T08:00:00Z"), null));
  }

  @Test
  void aSellersExemptionMovesOnlyThatSellersDeadlines() {
    rules.publish(
        CalendarChange.exemption(
            "c-4",
            "XX",
            at("2026-11-23T09:00:00Z"),
            at("2026-11-23T10:00:00Z"),
            at("2026-11-23T14:00:00Z"),
            "s-2"));
    sla.accept(state, message("m-1", "XX", "s-1", MONDAY_8));
    ThreadState other = new ThreadState();
    sla.accept(other, message("m-2", "XX", "s-2", MONDAY_8));
    runThrough(at("2026-11-24T09:00:00Z"));
    RecordingOutput s1 = out;
    RecordingOutput s2 = new RecordingOutput();
    for (long next = sla.nextWakeUp(other);
        next <= at("2026-11-24T13:00:00Z").toEpochMilli();
        next = sla.nextWakeUp(other)) {
      sla.advance(other, "t-2", next, s2);
    }

    assertThat(s1.alerts)
        .extracting(Alert::type, Alert::at, Alert::calendarChangeId)
        .contains(tuple(AlertType.OVERDUE, at("2026-11-24T08:00:00Z"), null));
    assertThat(s2.alerts)
        .extracting(Alert::type, Alert::at, Alert::calendarChangeId)
        .contains(tuple(AlertType.OVERDUE, at("2026-11-24T12:00:00Z"), "c-4"));
  }

  @Test
  void aReplyIsJudgedByTheDueAtInForceWhenItComes() {
    rules.publish(CalendarChange.holidayAdded("c-5", "XX", at("2026-11-23T12:00:00Z"), TUESDAY));
    sla.accept(state, message("m-1", "XX", "s-1", MONDAY_8));
    sla.accept(
        state,
        new ThreadEvent(
            Kind.SELLER_REPLY,
            "r-1",
            "t-1",
            "s-1",
            "XX",
            at("2026-11-24T20:00:00Z").toEpochMilli(),
            null,
            null,
            null));
    runThrough(at("2026-11-27T00:00:00Z"));

    assertThat(out.alerts).isEmpty();
    assertThat(out.answeredInTime).isEqualTo(1);
  }

  @Test
  void aChangeThatArrivesAfterTheEventsButBeforeTheirDecisionCounts() {
    sla.accept(state, message("m-1", "XX", "s-1", MONDAY_8));
    runThrough(at("2026-11-23T11:00:00Z"));
    rules.publish(CalendarChange.holidayAdded("c-6", "XX", at("2026-11-23T12:00:00Z"), TUESDAY));
    assertThat(
            rules.publish(
                CalendarChange.holidayAdded("c-6", "XX", at("2026-11-23T12:00:00Z"), TUESDAY)))
        .as("a duplicate")
        .isFalse();
    runThrough(at("2026-11-27T00:00:00Z"));

    assertThat(out.alerts)
        .extracting(Alert::type, Alert::at)
        .containsExactly(
            tuple(AlertType.AT_RISK, at("2026-11-25T02:00:00Z")),
            tuple(AlertType.OVERDUE, at("2026-11-25T08:00:00Z")));
  }

  private void runThrough(Instant through) {
    long until = through.toEpochMilli();
    for (long next = sla.nextWakeUp(state); next <= until; next = sla.nextWakeUp(state)) {
      sla.advance(state, "t-1", next, out);
    }
    sla.advance(state, "t-1", until, out);
  }

  private static ThreadEvent message(String id, String market, String seller, Instant at) {
    return new ThreadEvent(
        Kind.BUYER_MESSAGE,
        id,
        "t-1",
        seller,
        market,
        at.toEpochMilli(),
        Topic.GENERAL,
        null,
        null);
  }

  private static Instant at(String instant) {
    return Instant.parse(instant);
  }
}
