package com.swopify.slamonitor.sla;

import com.swopify.slamonitor.events.ThreadEvent;
import com.swopify.slamonitor.events.ThreadEvent.Kind;
import com.swopify.slamonitor.events.Topic;
import com.swopify.slamonitor.market.MarketRulebook;
import com.swopify.slamonitor.market.Markets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random threads for comparing rule implementations: messages, replies (some automated), cases and
 * duplicates on a half-hour grid inside business hours and out of them, so that events and
 * deadlines often fall on the same instant. The markets: SK with office hours, two at-risk
 * thresholds and a takeover delay; CZ with the defaults.
 */
final class ThreadScenario {
  static final String MARKETS_YAML =
      """
      markets:
        SK:
          timeZone: Europe/Bratislava
          languages: [sk]
          businessHours:
            MONDAY: ["09:00-17:00"]
            TUESDAY: ["09:00-17:00"]
            WEDNESDAY: ["09:00-12:00", "13:00-17:00"]
            THURSDAY: ["09:00-17:00"]
            FRIDAY: ["09:00-15:00"]
          replyWithin: PT8H
          atRiskAt: [0.5, 0.75]
          takeoverAfter: PT2H
        CZ:
          timeZone: Europe/Prague
          languages: [cs]
      """;
  static final Markets MARKETS = Markets.parse(MARKETS_YAML, "scenario.yaml");
  static final long START = Instant.parse("2026-11-23T06:00:00Z").toEpochMilli();
  static final long STEP = Duration.ofMinutes(30).toMillis();

  /** Four days of half hours: long enough for several waits, deadlines and takeovers. */
  static final int STEPS = 4 * 48;

  private ThreadScenario() {}

  static ReplySla rules() {
    return new ReplySla(MarketRulebook.of(MARKETS), Duration.ofDays(30).toMillis());
  }

  /** The latest instant a scenario's events reach, plus room for their deadlines. */
  static long end() {
    return START + (STEPS + 5 * 48) * STEP;
  }

  /** The events of {@code threads} threads, each in one market, in time order. */
  static List<ThreadEvent> threads(Random random, int threads) {
    List<ThreadEvent> events = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      String market = random.nextBoolean() ? "SK" : "CZ";
      String threadId = "t-" + t;
      int count = 1 + random.nextInt(12);
      for (int i = 0; i < count; i++) {
        long at = START + random.nextInt(STEPS) * STEP;
        int draw = random.nextInt(20);
        String id = threadId + "-e" + i;
        ThreadEvent event;
        if (draw < 10) {
          Topic topic = random.nextInt(15) == 0 ? Topic.COUNTERFEIT : Topic.GENERAL;
          event =
              new ThreadEvent(
                  Kind.BUYER_MESSAGE, id, threadId, "s-1", market, at, topic, null, null);
        } else if (draw < 17) {
          event =
              new ThreadEvent(Kind.SELLER_REPLY, id, threadId, "s-1", market, at, null, null, null);
        } else if (draw < 19) {
          event =
              new ThreadEvent(
                  Kind.AUTOMATED_REPLY, id, threadId, "s-1", market, at, null, null, "flag");
        } else {
          event =
              new ThreadEvent(
                  Kind.CASE,
                  id,
                  threadId,
                  "s-1",
                  market,
                  at,
                  null,
                  com.swopify.slamonitor.events.CaseType.COUNTERFEIT,
                  null);
        }
        events.add(event);
        if (random.nextInt(10) == 0) {
          // A duplicate: same id, another instant; it must change nothing.
          events.add(
              new ThreadEvent(
                  event.kind(),
                  id,
                  threadId,
                  "s-1",
                  market,
                  START + random.nextInt(STEPS) * STEP,
                  event.topic(),
                  event.caseType(),
                  event.automatedBy()));
        }
      }
    }
    return events;
  }
}
