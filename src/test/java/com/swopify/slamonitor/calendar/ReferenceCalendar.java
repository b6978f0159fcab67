package com.swopify.slamonitor.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A slow calendar written straight from the contract's words, to cross-check the fast one: for each
 * local date in a window, take the weekday's ranges unless the date is closed, turn them into
 * instants with {@link ZonedDateTime#of}, cut out the exempted stretches, and take the union. No
 * tables, no years, no caching.
 *
 * <p>Changes (contract section 11) are read as the contract words them, each question asked of the
 * list afresh: a date's holiday status is that of the last change naming the date; a date's hours
 * are those of the last change whose effectiveFrom is on or before it.
 */
final class ReferenceCalendar {
  private final CalendarSettings market;
  private final List<CalendarChange> changes;

  ReferenceCalendar(CalendarSettings market) {
    this(market, List.of());
  }

  /** The market's calendar with these changes applied, in the list's order. */
  ReferenceCalendar(CalendarSettings market, List<CalendarChange> changes) {
    this.market = market;
    this.changes = List.copyOf(changes);
  }

  long between(long a, long b) {
    if (b <= a) {
      return 0;
    }
    long sum = 0;
    for (long[] interval : union(localDate(a).minusDays(2), localDate(b).plusDays(2))) {
      sum += Math.max(0, Math.min(b, interval[1]) - Math.max(a, interval[0]));
    }
    return sum;
  }

  long add(long t, long d) {
    if (d == 0) {
      return t;
    }
    // Look at ever longer windows until the time is found before the window's trusted end (dates
    // past the window's last date could still add intervals just before that end).
    for (int days = 16; ; days *= 2) {
      LocalDate first = localDate(t).minusDays(2);
      LocalDate cutoffDate = localDate(t).plusDays(days);
      long cutoff =
          ZonedDateTime.of(cutoffDate, LocalTime.MIDNIGHT, market.zone())
              .toInstant()
              .toEpochMilli();
      long left = d;
      for (long[] interval : union(first, cutoffDate.plusDays(2))) {
        long start = Math.max(interval[0], t);
        long end = Math.min(interval[1], cutoff);
        if (end <= start) {
          continue;
        }
        if (end - start >= left) {
          return start + left;
        }
        left -= end - start;
      }
    }
  }

  long nextOpening(long t) {
    for (int days = 16; ; days *= 2) {
      for (long[] interval : union(localDate(t).minusDays(2), localDate(t).plusDays(days))) {
        if (interval[1] > t) {
          return Math.max(t, interval[0]);
        }
      }
    }
  }

  boolean isBusinessDay(LocalDate date) {
    return !withoutExemptions(intervalsOf(date)).isEmpty();
  }

  /** True when u is inside a business interval or exactly at its end. */
  boolean isOpenOrClosingAt(long u) {
    for (long[] interval : union(localDate(u).minusDays(2), localDate(u).plusDays(2))) {
      if (interval[0] < u && u <= interval[1]) {
        return true;
      }
    }
    return false;
  }

  private List<long[]> union(LocalDate from, LocalDate to) {
    List<long[]> all = new ArrayList<>();
    for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
      all.addAll(withoutExemptions(intervalsOf(date)));
    }
    all.sort(Comparator.comparingLong(interval -> interval[0]));
    List<long[]> merged = new ArrayList<>();
    for (long[] interval : all) {
      long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && interval[0] <= last[1]) {
        last[1] = Math.max(last[1], interval[1]);
      } else {
        merged.add(interval.clone());
      }
    }
    return merged;
  }

  private List<long[]> intervalsOf(LocalDate date) {
    List<long[]> intervals = new ArrayList<>();
    boolean closed =
        !market.workingDays().contains(date)
            && (market.holidays().contains(date)
                || (market.holidayCountry() != null
                    && PublicHolidays.of(market.holidayCountry(), date.getYear()).contains(date)));
    WeeklyHours hours = market.businessHours();
    for (CalendarChange change : changes) {
      if (date.equals(change.date())) {
        closed = change.kind() == CalendarChange.Kind.HOLIDAY_ADDED;
      }
      if (change.kind() == CalendarChange.Kind.HOURS_CHANGED
          && !change.effectiveFrom().isAfter(date)) {
        hours = change.businessHours();
      }
    }
    if (closed) {
      return intervals;
    }
    for (TimeRange range : hours.on(date.getDayOfWeek())) {
      long start = instant(date, range.startMinute());
      long end = instant(date, range.endMinute());
      if (end > start) {
        intervals.add(new long[] {start, end});
      }
    }
    return intervals;
  }

  /** The parts of the intervals that no exemption covers, cut at every exemption boundary. */
  private List<long[]> withoutExemptions(List<long[]> intervals) {
    List<long[]> open = new ArrayList<>();
    for (long[] interval : intervals) {
      long start = -1;
      for (long t = interval[0]; t < interval[1]; t = Math.min(interval[1], nextBoundary(t))) {
        boolean exempt = isExempt(t);
        if (!exempt && start < 0) {
          start = t;
        } else if (exempt && start >= 0) {
          open.add(new long[] {start, t});
          start = -1;
        }
      }
      if (start >= 0) {
        open.add(new long[] {start, interval[1]});
      }
    }
    return open;
  }

  private boolean isExempt(long t) {
    for (CalendarChange change : changes) {
      if (change.kind() == CalendarChange.Kind.EXEMPTION
          && change.from().toEpochMilli() <= t
          && t < change.to().toEpochMilli()) {
        return true;
      }
    }
    return false;
  }

  /** The next instant after t at which some exemption starts or ends, or t plus a day. */
  private long nextBoundary(long t) {
    long next = t + 86_400_000L;
    for (CalendarChange change : changes) {
      if (change.kind() == CalendarChange.Kind.EXEMPTION) {
        for (long bound : new long[] {change.from().toEpochMilli(), change.to().toEpochMilli()}) {
          if (bound > t && bound < next) {
            next = bound;
          }
        }
      }
    }
    return next;
  }

  /** Minute 1440 (24:00) simply rolls over to the next date's midnight. */
  private long instant(LocalDate date, int minute) {
    return ZonedDateTime.of(date.atStartOfDay().plusMinutes(minute), market.zone())
        .toInstant()
        .toEpochMilli();
  }

  private LocalDate localDate(long t) {
    return Instant.ofEpochMilli(t).atZone(market.zone()).toLocalDate();
  }
}
