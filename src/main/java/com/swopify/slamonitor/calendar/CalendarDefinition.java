package com.swopify.slamonitor.calendar;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * Everything a business calendar is made of: zone, weekly hours (and the hours that replace them
 * from a date on), closed and opened dates, the holiday country, and exempted stretches of time.
 * The markets file gives the first version of a market's definition; each {@link CalendarChange}
 * gives the next ({@link #with}). Immutable.
 */
public final class CalendarDefinition implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String code;
  private final ZoneId zone;
  private final NavigableMap<LocalDate, WeeklyHours> hoursFrom;
  private final Set<LocalDate> holidays;
  private final Set<LocalDate> workingDays;
  private final String holidayCountry;
  // Exempted stretches, sorted, disjoint and not touching: [exemptFrom[i], exemptTo[i]).
  private final long[] exemptFrom;
  private final long[] exemptTo;

  private CalendarDefinition(
      String code,
      ZoneId zone,
      NavigableMap<LocalDate, WeeklyHours> hoursFrom,
      Set<LocalDate> holidays,
      Set<LocalDate> workingDays,
      String holidayCountry,
      long[] exemptFrom,
      long[] exemptTo) {
    this.code = code;
    this.zone = zone;
    this.hoursFrom = hoursFrom;
    this.holidays = holidays;
    this.workingDays = workingDays;
    this.holidayCountry = holidayCountry;
    this.exemptFrom = exemptFrom;
    this.exemptTo = exemptTo;
  }

  /** The calendar the markets file defines for the market with this code. */
  public static CalendarDefinition of(String code, CalendarSettings settings) {
    NavigableMap<LocalDate, WeeklyHours> hours = new TreeMap<>();
    hours.put(LocalDate.MIN, settings.businessHours());
    return new CalendarDefinition(
        code,
        settings.zone(),
        hours,
        Set.copyOf(settings.holidays()),
        Set.copyOf(settings.workingDays()),
        settings.holidayCountry(),
        new long[0],
        new long[0]);
  }

  /**
   * This definition with one more change applied. A holiday added closes its date even where {@code
   * workingDays} opened it; a holiday removed opens its date with its weekday's hours, exactly like
   * a working day; new hours apply from their first day on, replacing every later change of hours;
   * an exemption closes its stretch.
   */
  public CalendarDefinition with(CalendarChange change) {
    switch (change.kind()) {
      case HOLIDAY_ADDED -> {
        return withDay(change.date(), true);
      }
      case HOLIDAY_REMOVED -> {
        return withDay(change.date(), false);
      }
      case HOURS_CHANGED -> {
        NavigableMap<LocalDate, WeeklyHours> hours =
            new TreeMap<>(hoursFrom.headMap(change.effectiveFrom(), false));
        hours.put(change.effectiveFrom(), change.businessHours());
        return new CalendarDefinition(
            code, zone, hours, holidays, workingDays, holidayCountry, exemptFrom, exemptTo);
      }
      case EXEMPTION -> {
        return withExemption(change.from(), change.to());
      }
      default -> throw new IllegalStateException("unknown kind " + change.kind());
    }
  }

  /** The date closed as a holiday, or opened with its weekday's hours as a working day. */
  private CalendarDefinition withDay(LocalDate date, boolean closed) {
    Set<LocalDate> listed = new HashSet<>(holidays);
    Set<LocalDate> working = new HashSet<>(workingDays);
    if (closed) {
      listed.add(date);
      working.remove(date);
    } else {
      listed.remove(date);
      working.add(date);
    }
    return new CalendarDefinition(
        code,
        zone,
        hoursFrom,
        Set.copyOf(listed),
        Set.copyOf(working),
        holidayCountry,
        exemptFrom,
        exemptTo);
  }

  private CalendarDefinition withExemption(Instant from, Instant to) {
    long start = from.toEpochMilli();
    long end = to.toEpochMilli();
    long[] froms = Arrays.copyOf(exemptFrom, exemptFrom.length + 1);
    long[] tos = Arrays.copyOf(exemptTo, exemptTo.length + 1);
    froms[froms.length - 1] = start;
    tos[tos.length - 1] = end;
    Integer[] order = new Integer[froms.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Long.compare(froms[a], froms[b]));
    long[] mergedFrom = new long[froms.length];
    long[] mergedTo = new long[froms.length];
    int n = 0;
    for (int i : order) {
      if (n > 0 && froms[i] <= mergedTo[n - 1]) {
        mergedTo[n - 1] = Math.max(mergedTo[n - 1], tos[i]);
      } else {
        mergedFrom[n] = froms[i];
        mergedTo[n] = tos[i];
        n++;
      }
    }
    return new CalendarDefinition(
        code,
        zone,
        hoursFrom,
        holidays,
        workingDays,
        holidayCountry,
        Arrays.copyOf(mergedFrom, n),
        Arrays.copyOf(mergedTo, n));
  }

  public String code() {
    return code;
  }

  public ZoneId zone() {
    return zone;
  }

  /** The weekly hours that apply on a date. */
  WeeklyHours hoursOn(LocalDate date) {
    return hoursFrom.floorEntry(date).getValue();
  }

  /** Every set of weekly hours the definition uses, for the check that each opens some day. */
  List<WeeklyHours> allHours() {
    return List.copyOf(hoursFrom.values());
  }

  /** Closed whatever its weekday's hours: a working day wins over the list and the holidays. */
  boolean isClosed(LocalDate date) {
    if (workingDays.contains(date)) {
      return false;
    }
    return holidays.contains(date)
        || (holidayCountry != null
            && PublicHolidays.of(holidayCountry, date.getYear()).contains(date));
  }

  /**
   * Adds the parts of {@code [start, end)} outside every exempted stretch to {@code pieces} (as
   * {@code {start, end}} pairs); returns whether any part was added.
   */
  boolean addOpenParts(long start, long end, List<long[]> pieces) {
    int i = firstExemptionEndingAfter(start);
    long cursor = start;
    boolean added = false;
    for (; i < exemptFrom.length && exemptFrom[i] < end; i++) {
      if (exemptFrom[i] > cursor) {
        pieces.add(new long[] {cursor, exemptFrom[i]});
        added = true;
      }
      cursor = Math.max(cursor, exemptTo[i]);
    }
    if (cursor < end) {
      pieces.add(new long[] {cursor, end});
      added = true;
    }
    return added;
  }

  private int firstExemptionEndingAfter(long t) {
    int lo = 0;
    int hi = exemptTo.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (exemptTo[mid] <= t) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  @Override
  public String toString() {
    return "CalendarDefinition["
        + code
        + ", "
        + zone
        + ", "
        + hoursFrom.size()
        + " hours, "
        + exemptFrom.length
        + " exemptions]";
  }
}
