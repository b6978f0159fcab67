package com.swopify.slamonitor.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The calendar in force after random published changes (holidays added and removed, hours changed,
 * exemptions for the market or one seller) agrees with the slow {@link ReferenceCalendar} reading
 * the same changes; and which changes are in force at an instant follows publishedAt, whatever
 * order the changes came in.
 */
class CalendarTimelineProperties {
  private static final int TRIES = 200;
  private static final long FROM = Instant.parse("2025-06-01T00:00:00Z").toEpochMilli();
  private static final long TO = Instant.parse("2027-09-01T00:00:00Z").toEpochMilli();
  private static final String SELLER = "s-1";

  private final BusinessCalendarProperties calendars = new BusinessCalendarProperties();

  @Property(tries = TRIES)
  void theCalendarInForceAgreesWithTheReference(
      @ForAll("markets") CalendarSettings market,
      @ForAll("changes") List<CalendarChange> changes,
      @ForAll("instants") long t,
      @ForAll("durations") long d,
      @ForAll boolean forTheSeller) {
    String seller = forTheSeller ? SELLER : null;
    CalendarTimeline timeline = timeline(market, changes);
    List<CalendarChange> applied =
        changes.stream()
            .filter(c -> c.appliesTo(seller))
            .sorted(CalendarChange::inForceOrder)
            .toList();
    BusinessCalendar calendar = timeline.at(Long.MAX_VALUE, seller).calendar();
    ReferenceCalendar reference = new ReferenceCalendar(market, applied);
    assertThat(calendar.add(t, d)).as("add").isEqualTo(reference.add(t, d));
    assertThat(calendar.between(t, t + d)).as("between").isEqualTo(reference.between(t, t + d));
    assertThat(calendar.nextOpening(t)).as("nextOpening").isEqualTo(reference.nextOpening(t));
    LocalDate date = Instant.ofEpochMilli(t).atZone(market.zone()).toLocalDate();
    for (int i = 0; i < 10; i++) {
      assertThat(calendar.isBusinessDay(date.plusDays(i)))
          .as("%s", date.plusDays(i))
          .isEqualTo(reference.isBusinessDay(date.plusDays(i)));
    }
  }

  @Property(tries = TRIES)
  void atAnInstantExactlyTheChangesPublishedByThenAreInForce(
      @ForAll("markets") CalendarSettings market,
      @ForAll("changes") List<CalendarChange> changes,
      @ForAll("instants") long t,
      @ForAll("instants") long d) {
    CalendarTimeline timeline = timeline(market, changes);
    List<CalendarChange> inForce =
        changes.stream()
            .filter(c -> c.appliesTo(SELLER) && c.publishedAt().toEpochMilli() <= t)
            .sorted(CalendarChange::inForceOrder)
            .toList();
    CalendarTimeline.InForce at = timeline.at(t, SELLER);
    assertThat(at.changeId())
        .isEqualTo(inForce.isEmpty() ? null : inForce.get(inForce.size() - 1).changeId());
    long next =
        changes.stream()
            .filter(c -> c.appliesTo(SELLER))
            .mapToLong(c -> c.publishedAt().toEpochMilli())
            .filter(p -> p > t)
            .min()
            .orElse(Long.MAX_VALUE);
    assertThat(at.until()).isEqualTo(next);
    long probe = Math.min(t, d);
    long u = Math.max(t, d);
    assertThat(at.calendar().between(probe, u))
        .isEqualTo(new ReferenceCalendar(market, inForce).between(probe, u));
  }

  @Property(tries = 50)
  void theArrivalOrderOfChangesAndDuplicatesChangeNothing(
      @ForAll("markets") CalendarSettings market,
      @ForAll("changes") List<CalendarChange> changes,
      @ForAll("instants") long t,
      @ForAll("durations") long d) {
    CalendarTimeline inOrder = timeline(market, changes);
    List<CalendarChange> shuffled = new ArrayList<>(changes);
    shuffled.sort(Comparator.comparing(CalendarChange::changeId).reversed());
    shuffled.addAll(changes);
    CalendarTimeline other = new CalendarTimeline(BusinessCalendar.of("SK", market));
    // Ask in between, so that versions are built and must be rebuilt when an earlier change comes.
    for (CalendarChange change : shuffled) {
      other.add(change);
      other.at(t, SELLER).calendar().add(t, d);
    }
    assertThat(other.at(t, SELLER).calendar().add(t, d))
        .isEqualTo(inOrder.at(t, SELLER).calendar().add(t, d));
    assertThat(other.at(t, SELLER).changeId()).isEqualTo(inOrder.at(t, SELLER).changeId());
  }

  private static CalendarTimeline timeline(CalendarSettings market, List<CalendarChange> changes) {
    CalendarTimeline timeline = new CalendarTimeline(BusinessCalendar.of("SK", market));
    changes.forEach(timeline::add);
    return timeline;
  }

  @Provide
  Arbitrary<CalendarSettings> markets() {
    return calendars.markets();
  }

  @Provide
  Arbitrary<Long> instants() {
    return calendars.instants();
  }

  @Provide
  Arbitrary<Long> durations() {
    return calendars.durations();
  }

  @Provide
  Arbitrary<List<CalendarChange>> changes() {
    Arbitrary<Long> published = Arbitraries.longs().between(FROM, TO);
    Arbitrary<LocalDate> dates =
        Arbitraries.longs()
            .between(LocalDate.of(2025, 6, 1).toEpochDay(), LocalDate.of(2027, 9, 1).toEpochDay())
            .map(LocalDate::ofEpochDay);
    Arbitrary<Integer> kinds = Arbitraries.integers().between(0, 4);
    Arbitrary<Long> starts = Arbitraries.longs().between(FROM, TO);
    Arbitrary<Long> lengths = Arbitraries.longs().between(60_000L, 5 * 86_400_000L);
    Arbitrary<CalendarChange> change =
        Combinators.combine(
                kinds,
                published,
                dates,
                BusinessCalendarProperties.weeklyHours().filter(w -> !w.isClosedAllWeek()),
                starts,
                lengths,
                Arbitraries.integers().between(0, 1_000_000))
            .as(
                (kind, at, date, hours, start, length, id) -> {
                  String changeId = "c-" + id;
                  Instant publishedAt = Instant.ofEpochMilli(at);
                  return switch (kind) {
                    case 0 -> CalendarChange.holidayAdded(changeId, "SK", publishedAt, date);
                    case 1 -> CalendarChange.holidayRemoved(changeId, "SK", publishedAt, date);
                    case 2 -> CalendarChange.hoursChanged(changeId, "SK", publishedAt, hours, date);
                    case 3 ->
                        CalendarChange.exemption(
                            changeId,
                            "SK",
                            publishedAt,
                            Instant.ofEpochMilli(start),
                            Instant.ofEpochMilli(start + length),
                            null);
                    default ->
                        CalendarChange.exemption(
                            changeId,
                            "SK",
                            publishedAt,
                            Instant.ofEpochMilli(start),
                            Instant.ofEpochMilli(start + length),
                            SELLER);
                  };
                });
    return change.list().ofMaxSize(8).uniqueElements(CalendarChange::changeId);
  }
}
