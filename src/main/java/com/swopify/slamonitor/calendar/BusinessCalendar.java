package com.swopify.slamonitor.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One market's business calendar (contract section 3): how much business time lies between two
 * instants, and when a business-time clock started at some instant runs out. Precision is
 * milliseconds; finer parts of instants and durations are dropped.
 *
 * <p>Per-year tables are built on first use and cached, so any year works and a clock may run
 * across New Year. The tables are immutable and the cache is concurrent, so one instance may be
 * shared by all threads of a JVM.
 */
public final class BusinessCalendar {
  private static final long MILLIS_PER_DAY = 86_400_000L;

  private final CalendarDefinition definition;
  private final YearTableBuilder builder;
  private final ConcurrentHashMap<Integer, YearTable> years = new ConcurrentHashMap<>();
  // Events arrive mostly in the current year: checking the last table used skips the map lookup.
  private volatile YearTable lastUsed;

  private BusinessCalendar(CalendarDefinition definition) {
    this.definition = definition;
    this.builder = new YearTableBuilder(definition);
  }

  /** The calendar the markets file defines for the market with this code. */
  public static BusinessCalendar of(String market, CalendarSettings settings) {
    return of(CalendarDefinition.of(market, settings));
  }

  /** The calendar a definition (the markets file's, or a later version of it) makes. */
  public static BusinessCalendar of(CalendarDefinition definition) {
    for (WeeklyHours hours : definition.allHours()) {
      if (hours.isClosedAllWeek()) {
        throw new IllegalArgumentException(
            "market " + definition.code() + " has no business hours in the week");
      }
    }
    return new BusinessCalendar(definition);
  }

  public CalendarDefinition definition() {
    return definition;
  }

  /** The code of the market this calendar is for. */
  public String market() {
    return definition.code();
  }

  public ZoneId zone() {
    return definition.zone();
  }

  /**
   * The smallest instant {@code u >= t} with {@code between(t, u) == d}: a clock started outside
   * business hours starts at the next opening, one that runs out exactly at a closing is due at
   * that closing. {@code add(t, 0) == t}.
   */
  public long add(long epochMillis, long durationMillis) {
    if (durationMillis < 0) {
      throw new IllegalArgumentException("negative duration: " + durationMillis + " ms");
    }
    if (durationMillis == 0) {
      return epochMillis;
    }
    YearTable table = tableFor(epochMillis);
    long due = table.addWithin(epochMillis, durationMillis);
    if (due != YearTable.NOT_HERE) {
      return due;
    }
    // The clock crosses New Year (or several, for long durations): carry the rest over.
    long left = durationMillis - (table.total() - table.businessBefore(epochMillis));
    table = table(table.year + 1);
    while (left > table.total()) {
      left -= table.total();
      table = table(table.year + 1);
    }
    return table.instantAfterBusiness(left, 0);
  }

  public Instant add(Instant t, Duration d) {
    return Instant.ofEpochMilli(add(t.toEpochMilli(), d.toMillis()));
  }

  /** Business time inside {@code [from, to)}; 0 when {@code to <= from}. */
  public long between(long fromMillis, long toMillis) {
    if (toMillis <= fromMillis) {
      return 0;
    }
    YearTable first = tableFor(fromMillis);
    if (toMillis <= first.hi) {
      return first.businessBefore(toMillis) - first.businessBefore(fromMillis);
    }
    long sum = first.total() - first.businessBefore(fromMillis);
    YearTable table = table(first.year + 1);
    while (toMillis > table.hi) {
      sum += table.total();
      table = table(table.year + 1);
    }
    return sum + table.businessBefore(toMillis);
  }

  public Duration between(Instant a, Instant b) {
    return Duration.ofMillis(between(a.toEpochMilli(), b.toEpochMilli()));
  }

  /** {@code t} itself when it lies inside a business interval, else the start of the next one. */
  public Instant nextOpening(Instant t) {
    long millis = t.toEpochMilli();
    long opening = nextOpening(millis);
    return opening == millis ? t : Instant.ofEpochMilli(opening);
  }

  public long nextOpening(long epochMillis) {
    YearTable table = tableFor(epochMillis);
    while (!table.hasOpeningAtOrAfter(epochMillis)) {
      table = table(table.year + 1);
    }
    return table.openingAtOrAfter(epochMillis);
  }

  /**
   * Whether the local date has at least one business interval: not closed, and its weekday has
   * hours.
   */
  public boolean isBusinessDay(LocalDate date) {
    return table(date.getYear()).isBusinessDay(date.getDayOfYear());
  }

  /** The number of business days in {@code [from, toInclusive]}; 0 when the range is empty. */
  public int businessDays(LocalDate from, LocalDate toInclusive) {
    int count = 0;
    for (int year = from.getYear(); year <= toInclusive.getYear(); year++) {
      int firstDay = year == from.getYear() ? from.getDayOfYear() : 1;
      int lastDay =
          year == toInclusive.getYear()
              ? toInclusive.getDayOfYear()
              : LocalDate.ofYearDay(year, 1).lengthOfYear();
      if (firstDay <= lastDay) {
        count += table(year).businessDays(firstDay, lastDay);
      }
    }
    return count;
  }

  private YearTable tableFor(long epochMillis) {
    YearTable last = lastUsed;
    if (last != null && last.covers(epochMillis)) {
      return last;
    }
    // The UTC year is at most one off the zone's year (whose table may also start late when a
    // DST gap swallows midnight): step from it to the table that covers the instant.
    YearTable table =
        table(LocalDate.ofEpochDay(Math.floorDiv(epochMillis, MILLIS_PER_DAY)).getYear());
    while (epochMillis < table.lo) {
      table = table(table.year - 1);
    }
    while (epochMillis >= table.hi) {
      table = table(table.year + 1);
    }
    lastUsed = table;
    return table;
  }

  private YearTable table(int year) {
    // The day questions of the absence rules ask about one year at a time, many times over.
    YearTable last = lastUsed;
    if (last != null && last.year == year) {
      return last;
    }
    YearTable table = years.get(year);
    return table != null ? table : years.computeIfAbsent(year, builder::build);
  }

  @Override
  public String toString() {
    return "BusinessCalendar[" + definition.code() + ", " + definition.zone() + "]";
  }
}
