package com.swopify.slamonitor.absence;

import com.swopify.slamonitor.calendar.BusinessCalendar;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;

/**
 * One market's calendar seen as local dates, with its absence thresholds. Days start at the first
 * instant of the local date ({@code atStartOfDay}, which also copes with a DST change at midnight)
 * and end one millisecond before the next date starts, so 23- and 25-hour days are whole days.
 *
 * <p>Day starts are computed once per date and kept: the absence rules ask for the same few dates
 * over and over, and each answer from the zone's rules showed in the profile. Hence not
 * thread-safe: one instance per subtask.
 */
public final class MarketDays {
  private static final long MILLIS_PER_DAY = 86_400_000L;

  /** The most dates whose starts are kept (ten years); others are computed on each call. */
  private static final int MAX_KEPT_DAYS = 3660;

  private static final long NOT_KEPT = Long.MIN_VALUE;

  private final BusinessCalendar calendar;
  private final AbsencePolicy policy;

  /** Start instants of consecutive dates from {@link #firstKeptDay} (epoch day) on. */
  private long[] dayStarts = new long[0];

  private long firstKeptDay;

  public MarketDays(BusinessCalendar calendar, AbsencePolicy policy) {
    this.calendar = calendar;
    this.policy = policy;
  }

  public String market() {
    return calendar.market();
  }

  public ZoneId zone() {
    return calendar.zone();
  }

  /** Absences of more business days than this need notice (absenceNoticeAfterBusinessDays). */
  public int noticeThreshold() {
    return policy.noticeAfterBusinessDays();
  }

  /** The notice such absences need, in calendar days (absenceNoticeDays). */
  public int requiredNoticeDays() {
    return policy.noticeDays();
  }

  public boolean isBusinessDay(LocalDate date) {
    return calendar.isBusinessDay(date);
  }

  public int businessDays(LocalDate from, LocalDate toInclusive) {
    return calendar.businessDays(from, toInclusive);
  }

  public LocalDate dateOf(long epochMillis) {
    return LocalDate.ofEpochDay(epochDayOf(epochMillis));
  }

  public long startOf(LocalDate date) {
    return startOfDay(date.toEpochDay());
  }

  /** The last millisecond of the date: the day has passed once event time reaches it. */
  public long lastMillisOf(LocalDate date) {
    return startOfDay(date.toEpochDay() + 1) - 1;
  }

  /** The first date that lies wholly at or after the instant. */
  public LocalDate firstWholeDayFrom(long epochMillis) {
    long day = epochDayOf(epochMillis);
    return LocalDate.ofEpochDay(startOfDay(day) >= epochMillis ? day : day + 1);
  }

  /** The local date of the instant: the last date that starts at or before it. */
  private long epochDayOf(long epochMillis) {
    // Offsets are at most 18 hours, so the local date is the UTC date or one of its neighbours.
    long day = Math.floorDiv(epochMillis, MILLIS_PER_DAY) + 1;
    while (startOfDay(day) > epochMillis) {
      day--;
    }
    return day;
  }

  private long startOfDay(long epochDay) {
    long offset = epochDay - firstKeptDay;
    if (offset < 0 || offset >= dayStarts.length) {
      if (!keep(epochDay)) {
        return computeStartOf(epochDay);
      }
      offset = epochDay - firstKeptDay;
    }
    long start = dayStarts[(int) offset];
    if (start == NOT_KEPT) {
      start = computeStartOf(epochDay);
      dayStarts[(int) offset] = start;
    }
    return start;
  }

  /**
   * Widens the kept range to half a year on either side of the date; false when the range would
   * grow too wide (dates far apart), and then that date is not kept.
   */
  private boolean keep(long epochDay) {
    long first = dayStarts.length == 0 ? epochDay - 183 : Math.min(firstKeptDay, epochDay - 183);
    long end =
        dayStarts.length == 0
            ? epochDay + 183
            : Math.max(firstKeptDay + dayStarts.length, epochDay + 183);
    if (end - first > MAX_KEPT_DAYS) {
      return false;
    }
    long[] starts = new long[(int) (end - first)];
    Arrays.fill(starts, NOT_KEPT);
    if (dayStarts.length > 0) {
      System.arraycopy(dayStarts, 0, starts, (int) (firstKeptDay - first), dayStarts.length);
    }
    dayStarts = starts;
    firstKeptDay = first;
    return true;
  }

  private long computeStartOf(long epochDay) {
    return LocalDate.ofEpochDay(epochDay).atStartOfDay(zone()).toInstant().toEpochMilli();
  }
}
