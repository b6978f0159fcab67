package com.swopify.slamonitor.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.calendar.CalendarChange;
import com.swopify.slamonitor.calendar.TimeRange;
import com.swopify.slamonitor.calendar.WeeklyHours;
import com.swopify.slamonitor.events.ThreadEvent;
import com.swopify.slamonitor.market.MarketRulebook;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The reply rules under calendar changes (contract section 11) against {@link ReferenceReplyModel},
 * which asks for the calendar in force at every instant that matters: on random threads and random
 * changes (holidays added and removed, new hours, exemptions for the market or one seller)
 * published before, during and after the waits, on the same half-hour grid as the events and
 * deadlines, in any arrival order of both, woken step by step or at once.
 */
class CalendarChangeRulesProperties {

  @Property(tries = 200)
  void decisionsFollowTheCalendarInForceAtTheirInstant(
      @ForAll long seed, @ForAll boolean stepwise) {
    Random random = new Random(seed);
    List<CalendarChange> changes = changes(random);
    List<ThreadEvent> events = new ArrayList<>();
    for (ThreadEvent event : ThreadScenario.threads(random, 3)) {
      String seller = event.threadId().hashCode() % 2 == 0 ? "s-1" : "s-2";
      events.add(
          new ThreadEvent(
              event.kind(),
              event.id(),
              event.threadId(),
              seller,
              event.market(),
              event.at(),
              event.topic(),
              event.caseType(),
              event.automatedBy()));
    }
    Collections.shuffle(events, random);
    long through = ThreadScenario.end();

    MarketRulebook modelRules = rules(changes);
    List<String> expected = new ReferenceReplyModel(modelRules).decide(events, through);
    expected.removeIf(line -> line.startsWith("outcome "));
    Collections.shuffle(changes, random);
    assertThat(decided(rules(changes), events, through, stepwise))
        .containsExactlyElementsOf(expected);
  }

  private static MarketRulebook rules(List<CalendarChange> changes) {
    MarketRulebook rules = MarketRulebook.of(ThreadScenario.MARKETS);
    changes.forEach(rules::publish);
    return rules;
  }

  private static List<String> decided(
      MarketRulebook rules, List<ThreadEvent> events, long through, boolean stepwise) {
    ReplySla sla = new ReplySla(rules, java.time.Duration.ofDays(30).toMillis());
    Map<String, ThreadState> states = new LinkedHashMap<>();
    for (ThreadEvent event : events) {
      sla.accept(states.computeIfAbsent(event.threadId(), id -> new ThreadState()), event);
    }
    MarkRulesProperties.ModelLines out = new MarkRulesProperties.ModelLines();
    states.forEach(
        (threadId, state) -> {
          if (stepwise) {
            for (long next = sla.nextWakeUp(state); next <= through; next = sla.nextWakeUp(state)) {
              sla.advance(state, threadId, next, out);
            }
          }
          sla.advance(state, threadId, through, out);
        });
    out.lines.removeIf(line -> line.startsWith("outcome "));
    out.lines.sort(null);
    return out.lines;
  }

  /** Up to six changes of SK and CZ, some published twice (the duplicate changes nothing). */
  private static List<CalendarChange> changes(Random random) {
    List<CalendarChange> changes = new ArrayList<>();
    int count = random.nextInt(7);
    for (int i = 0; i < count; i++) {
      String market = random.nextBoolean() ? "SK" : "CZ";
      String id = "c-" + i;
      Instant published =
          Instant.ofEpochMilli(
              ThreadScenario.START
                  + (random.nextInt(ThreadScenario.STEPS + 96) - 48) * ThreadScenario.STEP);
      LocalDate date =
          LocalDate.ofInstant(Instant.ofEpochMilli(ThreadScenario.START), ZoneOffset.UTC)
              .plusDays(random.nextInt(8));
      CalendarChange change =
          switch (random.nextInt(5)) {
            case 0 -> CalendarChange.holidayAdded(id, market, published, date);
            case 1 -> CalendarChange.holidayRemoved(id, market, published, date);
            case 2 -> CalendarChange.hoursChanged(id, market, published, hours(random), date);
            default -> {
              Instant from =
                  Instant.ofEpochMilli(
                      ThreadScenario.START
                          + random.nextInt(ThreadScenario.STEPS) * ThreadScenario.STEP);
              Instant to = from.plusMillis((1 + random.nextInt(96)) * ThreadScenario.STEP);
              yield CalendarChange.exemption(
                  id, market, published, from, to, random.nextBoolean() ? null : "s-2");
            }
          };
      changes.add(change);
      if (random.nextInt(5) == 0) {
        changes.add(change);
      }
    }
    return changes;
  }

  private static WeeklyHours hours(Random random) {
    Map<DayOfWeek, List<TimeRange>> week = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      int open = random.nextInt(4);
      if (open == 1) {
        week.put(day, List.of(TimeRange.parse("08:00-16:00")));
      } else if (open == 2) {
        week.put(day, List.of(TimeRange.parse("07:30-12:00"), TimeRange.parse("13:00-18:30")));
      } else if (open == 3) {
        week.put(day, List.of(TimeRange.parse("00:00-24:00")));
      }
    }
    if (week.isEmpty()) {
      week.put(DayOfWeek.MONDAY, List.of(TimeRange.parse("09:00-17:00")));
    }
    return WeeklyHours.of(week);
  }
}
