package com.swopify.slamonitor.absence;

import com.swopify.slamonitor.calendar.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * One market's calendar seen as local dates, with its absence thresholds. Days start at the
 * first instant of the local date ({@code atStartOfDay}, which also copes with a DST change at
 * midnight) and end one millisecond before the next date starts, so 23- and 25-hour days are
 * whole days.
 */
public final class MarketDays {
  private final BusinessCalendar calendar;

  public MarketDays(BusinessCalendar calendar) {
    this.calendar = calendar;
  }

  public String market() {
    return calendar.market().code();
  }

  public ZoneId zone() {
    return calendar.zone();
  }

  /** Absences of more business days than this need notice (absenceNoticeAfterBusinessDays). */
  public int noticeThreshold() {
    return calendar.market().absenceNoticeAfterBusinessDays();
  }

  /** The notice such absences need, in calendar days (absenceNoticeDays). */
  public int requiredNoticeDays() {
    return calendar.market().absenceNoticeDays();
  }

  public boolean isBusinessDay(LocalDate date) {
    return calendar.isBusinessDay(date);
  }

  public int businessDays(LocalDate from, LocalDate toInclusive) {
    return calendar.businessDays(from, toInclusive);
  }

  public LocalDate dateOf(long epochMillis) {
    return LocalDate.ofInstant(Instant.ofEpochMilli(epochMillis), zone());
  }

  public long startOf(LocalDate date) {
    return date.atStartOfDay(zone()).toInstant().toEpochMilli();
  }

  /** The last millisecond of the date: the day has passed once event time reaches it. */
  public long lastMillisOf(LocalDate date) {
    return startOf(date.plusDays(1)) - 1;
  }

  /** The first date that lies wholly at or after the instant. */
  public LocalDate firstWholeDayFrom(long epochMillis) {
    LocalDate date = dateOf(epochMillis);
    return startOf(date) >= epochMillis ? date : date.plusDays(1);
  }
}
