package com.swopify.slamonitor.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Laws of business time on random calendars (random weekly ranges, holidays and zones, several with
 * daylight saving), and agreement with the slow {@link ReferenceCalendar}.
 */
class BusinessCalendarProperties {
  // Each try builds a fresh calendar (about a millisecond of year tables): 300 tries per property
  // keep the suite to a few seconds while still crossing many DST changes and year ends.
  private static final int TRIES = 300;
  private static final long MINUTE = 60_000L;
  private static final long FROM = Instant.parse("2025-06-01T00:00:00Z").toEpochMilli();
  private static final long TO = Instant.parse("2027-09-01T00:00:00Z").toEpochMilli();
  private static final List<String> ZONES =
      List.of(
          "Europe/Bratislava",
          "Europe/London",
          "America/New_York",
          "Australia/Sydney",
          "Australia/Lord_Howe",
          "Asia/Kolkata",
          "Pacific/Chatham",
          "America/St_Johns",
          "America/Santiago",
          "UTC");

  @Property(tries = TRIES)
  void addAgreesWithTheReference(
      @ForAll("markets") CalendarSettings market,
      @ForAll("instants") long t,
      @ForAll("durations") long d) {
    assertThat(BusinessCalendar.of("SK", market).add(t, d))
        .isEqualTo(new ReferenceCalendar(market).add(t, d));
  }

  @Property(tries = TRIES)
  void betweenAgreesWithTheReference(
      @ForAll("markets") CalendarSettings market,
      @ForAll("instants") long a,
      @ForAll("instants") long b) {
    assertThat(BusinessCalendar.of("SK", market).between(a, b))
        .isEqualTo(new ReferenceCalendar(market).between(a, b));
  }

  @Property(tries = TRIES)
  void nextOpeningAgreesWithTheReference(
      @ForAll("markets") CalendarSettings market, @ForAll("instants") long t) {
    assertThat(BusinessCalendar.of("SK", market).nextOpening(t))
        .isEqualTo(new ReferenceCalendar(market).nextOpening(t));
  }

  @Property(tries = TRIES)
  void businessDaysAgreeWithTheReference(
      @ForAll("markets") CalendarSettings market, @ForAll("instants") long t) {
    BusinessCalendar calendar = BusinessCalendar.of("SK", market);
    ReferenceCalendar reference = new ReferenceCalendar(market);
    LocalDate from = Instant.ofEpochMilli(t).atZone(market.zone()).toLocalDate();
    LocalDate to = from.plusDays(40);
    int expected = 0;
    for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
      assertThat(calendar.isBusinessDay(date))
          .as("%s", date)
          .isEqualTo(reference.isBusinessDay(date));
      expected += reference.isBusinessDay(date) ? 1 : 0;
    }
    assertThat(calendar.businessDays(from, to)).isEqualTo(expected);
  }

  @Property(tries = TRIES)
  void betweenOfAddGivesTheDurationBack(
      @ForAll("markets") CalendarSettings market,
      @ForAll("instants") long t,
      @ForAll("durations") long d) {
    BusinessCalendar calendar = BusinessCalendar.of("SK", market);
    assertThat(calendar.between(t, calendar.add(t, d))).isEqualTo(d);
  }

  @Property(tries = TRIES)
  void addIsMonotonicInStartAndDuration(
      @ForAll("markets") CalendarSettings market,
      @ForAll("instants") long t1,
      @ForAll("instants") long t2,
      @ForAll("durations") long d1,
      @ForAll("durations") long d2) {
    BusinessCalendar calendar = BusinessCalendar.of("SK", market);
    long early = Math.min(t1, t2);
    long late = Math.max(t1, t2);
    assertThat(calendar.add(early, d1)).isLessThanOrEqualTo(calendar.add(late, d1));
    assertThat(calendar.add(t1, Math.min(d1, d2)))
        .isLessThanOrEqualTo(calendar.add(t1, Math.max(d1, d2)));
  }

  @Property(tries = TRIES)
  void addComposes(
      @ForAll("markets") CalendarSettings market,
      @ForAll("instants") long t,
      @ForAll("durations") long a,
      @ForAll("durations") long b) {
    BusinessCalendar calendar = BusinessCalendar.of("SK", market);
    assertThat(calendar.add(calendar.add(t, a), b)).isEqualTo(calendar.add(t, a + b));
  }

  @Property(tries = TRIES)
  void addLandsInBusinessTimeOrExactlyAtAClosing(
      @ForAll("markets") CalendarSettings market,
      @ForAll("instants") long t,
      @ForAll("durations") long d) {
    long u = BusinessCalendar.of("SK", market).add(t, d);
    if (d == 0) {
      assertThat(u).isEqualTo(t);
    } else {
      assertThat(new ReferenceCalendar(market).isOpenOrClosingAt(u)).isTrue();
    }
  }

  @Property(tries = TRIES)
  void betweenIsAdditive(
      @ForAll("markets") CalendarSettings market,
      @ForAll("instants") long x,
      @ForAll("instants") long y,
      @ForAll("instants") long z) {
    long[] sorted = LongStream.of(x, y, z).sorted().toArray();
    BusinessCalendar calendar = BusinessCalendar.of("SK", market);
    assertThat(calendar.between(sorted[0], sorted[1]) + calendar.between(sorted[1], sorted[2]))
        .isEqualTo(calendar.between(sorted[0], sorted[2]));
  }

  @Provide
  Arbitrary<Long> instants() {
    // Half of them on a 15-minute grid, to land exactly on openings, closings and DST changes.
    Arbitrary<Long> any = Arbitraries.longs().between(FROM, TO);
    Arbitrary<Long> onGrid =
        Arbitraries.longs()
            .between(FROM / (15 * MINUTE), TO / (15 * MINUTE))
            .map(q -> q * 15 * MINUTE);
    return Arbitraries.oneOf(any, onGrid);
  }

  @Provide
  Arbitrary<Long> durations() {
    Arbitrary<Long> any = Arbitraries.longs().between(0, 21 * 24 * 60 * MINUTE);
    Arbitrary<Long> quarters = Arbitraries.longs().between(0, 4 * 24 * 8).map(q -> q * 15 * MINUTE);
    return Arbitraries.frequencyOf(
        Tuple.of(4, any), Tuple.of(4, quarters), Tuple.of(1, Arbitraries.just(0L)));
  }

  @Provide
  Arbitrary<CalendarSettings> markets() {
    Arbitrary<ZoneId> zones = Arbitraries.of(ZONES).map(ZoneId::of);
    Arbitrary<WeeklyHours> hours = weeklyHours().filter(w -> !w.isClosedAllWeek());
    Arbitrary<LocalDate> dates =
        Arbitraries.longs()
            .between(LocalDate.of(2025, 1, 1).toEpochDay(), LocalDate.of(2028, 1, 1).toEpochDay())
            .map(LocalDate::ofEpochDay);
    Arbitrary<List<LocalDate>> holidays = dates.list().ofMaxSize(30);
    Arbitrary<List<LocalDate>> workingDays = dates.list().ofMaxSize(10);
    // BG: Jollyday moves its weekend holidays to observed days, which close the calendar too.
    Arbitrary<String> country = Arbitraries.of("SK", "DE", "AU", "BG").injectNull(0.5);
    return Combinators.combine(zones, hours, holidays, workingDays, country)
        .as(
            (zone, week, closed, open, c) ->
                CalendarSettings.withDefaults(zone)
                    .withBusinessHours(week)
                    .withHolidays(c, closed)
                    .withWorkingDays(open));
  }

  static Arbitrary<WeeklyHours> weeklyHours() {
    return dayHours()
        .list()
        .ofSize(7)
        .map(
            days -> {
              Map<DayOfWeek, List<TimeRange>> week = new EnumMap<>(DayOfWeek.class);
              for (DayOfWeek day : DayOfWeek.values()) {
                week.put(day, days.get(day.ordinal()));
              }
              return WeeklyHours.of(week);
            });
  }

  /** 0 to 3 ranges from distinct boundaries on a half-hour grid (whole days are likely too). */
  private static Arbitrary<List<TimeRange>> dayHours() {
    Arbitrary<List<TimeRange>> ranges =
        Arbitraries.integers()
            .between(0, 48)
            .set()
            .ofMinSize(2)
            .ofMaxSize(6)
            .map(
                set -> {
                  List<Integer> bounds = new ArrayList<>(set);
                  bounds.sort(null);
                  List<TimeRange> day = new ArrayList<>();
                  for (int i = 0; i + 1 < bounds.size(); i += 2) {
                    day.add(new TimeRange(bounds.get(i) * 30, bounds.get(i + 1) * 30));
                  }
                  return day;
                });
    return Arbitraries.frequencyOf(
        Tuple.of(5, ranges),
        Tuple.of(2, Arbitraries.just(List.of(new TimeRange(0, 1440)))),
        Tuple.of(2, Arbitraries.just(List.<TimeRange>of())));
  }
}
