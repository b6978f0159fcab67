package com.swopify.slamonitor.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Turns a calendar definition (weekly hours, closed days, exempted stretches) into the business
 * intervals of one year.
 */
final class YearTableBuilder {
  private final ZoneId zone;
  private final CalendarDefinition definition;

  YearTableBuilder(CalendarDefinition definition) {
    this.zone = definition.zone();
    this.definition = definition;
  }

  YearTable build(int year) {
    LocalDate firstDay = LocalDate.of(year, 1, 1);
    LocalDate nextFirstDay = firstDay.plusYears(1);
    long lo = instant(firstDay, 0);
    long hi = instant(nextFirstDay, 0);
    List<long[]> intervals = new ArrayList<>();
    BitSet businessDays = new BitSet(366);
    // One extra date on each side: its intervals may reach into this year's instants (a 24:00
    // closing, or local times that a DST transition near midnight shifts). Clipping trims the rest.
    for (LocalDate date = firstDay.minusDays(1);
        !date.isAfter(nextFirstDay);
        date = date.plusDays(1)) {
      if (definition.isClosed(date)) {
        continue;
      }
      boolean open = false;
      for (TimeRange range : definition.hoursOn(date).on(date.getDayOfWeek())) {
        long start = instant(date, range.startMinute());
        long end = instant(date, range.endMinute());
        // A range that lies wholly in a spring-forward gap maps to nothing (or to an inverted
        // pair).
        if (end > start) {
          open |= definition.addOpenParts(start, end, intervals);
        }
      }
      if (open && date.getYear() == year) {
        businessDays.set(date.getDayOfYear() - 1);
      }
    }
    return union(year, lo, hi, intervals, businessDays);
  }

  /**
   * Sorts, merges and clips the intervals. DST can make intervals of one date overlap in real time
   * (a range starting in the gap is moved forward past the next one's start); business time is the
   * union, so merging keeps every instant counted once.
   */
  private static YearTable union(int year, long lo, long hi, List<long[]> intervals, BitSet days) {
    intervals.sort(Comparator.comparingLong(interval -> interval[0]));
    long[] starts = new long[intervals.size()];
    long[] ends = new long[intervals.size()];
    int n = 0;
    for (long[] interval : intervals) {
      long start = Math.max(interval[0], lo);
      long end = Math.min(interval[1], hi);
      if (end <= start) {
        continue;
      }
      if (n > 0 && start <= ends[n - 1]) {
        ends[n - 1] = Math.max(ends[n - 1], end);
      } else {
        starts[n] = start;
        ends[n] = end;
        n++;
      }
    }
    return new YearTable(year, lo, hi, Arrays.copyOf(starts, n), Arrays.copyOf(ends, n), days);
  }

  /**
   * The instant of a local date and minute of day, resolved like {@link ZonedDateTime#of}: a time
   * in a gap moves forward by the gap's length, an ambiguous one takes the earlier offset. Minute
   * 1440 (24:00) is the start of the next date.
   */
  private long instant(LocalDate date, int minuteOfDay) {
    LocalDate day = minuteOfDay == TimeRange.MINUTES_PER_DAY ? date.plusDays(1) : date;
    LocalTime time = LocalTime.ofSecondOfDay((minuteOfDay % TimeRange.MINUTES_PER_DAY) * 60L);
    return ZonedDateTime.of(day, time, zone).toInstant().toEpochMilli();
  }
}
