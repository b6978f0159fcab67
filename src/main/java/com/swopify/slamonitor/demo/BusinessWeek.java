package com.swopify.slamonitor.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Business time approximated as whole weekdays (Monday to Friday, 00:00 to 24:00) in a market's
 * zone. The monitor's calendar adds public holidays and custom hours and computes the truth; the
 * generator only needs reply delays that are roughly right, so it ignores holidays.
 */
final class BusinessWeek {
  private BusinessWeek() {}

  static boolean isBusinessDay(LocalDate day) {
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
  }

  /** The day itself when it is a business day, else the next business day. */
  static LocalDate onOrAfter(LocalDate day) {
    LocalDate d = day;
    while (!isBusinessDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  /** The last day of a span of {@code count} business days that starts on {@code firstDay}. */
  static LocalDate lastOfBusinessDays(LocalDate firstDay, int count) {
    if (count < 1) {
      throw new IllegalArgumentException("a span has at least one business day, got " + count);
    }
    LocalDate day = onOrAfter(firstDay);
    for (int i = 1; i < count; i++) {
      day = onOrAfter(day.plusDays(1));
    }
    return day;
  }

  /**
   * The instant at which {@code businessTime} of business time has passed since {@code from}: a
   * clock started at a weekend runs from Monday 00:00. A clock that runs out exactly at midnight
   * before a weekend is due then, as in the monitor's contract.
   */
  static Instant plus(Instant from, Duration businessTime, ZoneId zone) {
    long remaining = businessTime.toMillis();
    Instant t = from;
    while (true) {
      LocalDate day = t.atZone(zone).toLocalDate();
      Instant dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
      if (isBusinessDay(day)) {
        long available = Duration.between(t, dayEnd).toMillis();
        if (remaining <= available) {
          return t.plusMillis(remaining);
        }
        remaining -= available;
      }
      t = dayEnd;
    }
  }
}
