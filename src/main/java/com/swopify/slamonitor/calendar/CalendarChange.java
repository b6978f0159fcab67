package com.swopify.slamonitor.calendar;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A change to a market's calendar published while the job runs (contract section 11): a holiday
 * added or removed, new weekly hours from a date on, or an exempted stretch of time (market-wide,
 * or for one seller). From {@code publishedAt} on it is part of the calendar in force.
 *
 * <p>Validation of the wire record (fields required by kind, {@code to > from}) happens where it is
 * parsed; the constructor only guards against the impossible combinations a caller could build.
 */
public record CalendarChange(
    String changeId,
    String market,
    Instant publishedAt,
    Kind kind,
    LocalDate date,
    WeeklyHours businessHours,
    LocalDate effectiveFrom,
    Instant from,
    Instant to,
    String sellerId,
    String reason)
    implements Serializable {

  /** What the change does to the calendar. */
  public enum Kind {
    HOLIDAY_ADDED,
    HOLIDAY_REMOVED,
    HOURS_CHANGED,
    EXEMPTION
  }

  public CalendarChange {
    Objects.requireNonNull(changeId, "changeId");
    Objects.requireNonNull(market, "market");
    Objects.requireNonNull(publishedAt, "publishedAt");
    Objects.requireNonNull(kind, "kind");
    switch (kind) {
      case HOLIDAY_ADDED, HOLIDAY_REMOVED -> Objects.requireNonNull(date, "date");
      case HOURS_CHANGED -> {
        Objects.requireNonNull(businessHours, "businessHours");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
      }
      case EXEMPTION -> {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
          throw new IllegalArgumentException("to " + to + " is not after from " + from);
        }
      }
    }
    if (sellerId != null && kind != Kind.EXEMPTION) {
      throw new IllegalArgumentException("only an EXEMPTION names a seller");
    }
  }

  public static CalendarChange holidayAdded(
      String changeId, String market, Instant publishedAt, LocalDate date) {
    return new CalendarChange(
        changeId,
        market,
        publishedAt,
        Kind.HOLIDAY_ADDED,
        date,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  public static CalendarChange holidayRemoved(
      String changeId, String market, Instant publishedAt, LocalDate date) {
    return new CalendarChange(
        changeId,
        market,
        publishedAt,
        Kind.HOLIDAY_REMOVED,
        date,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  public static CalendarChange hoursChanged(
      String changeId,
      String market,
      Instant publishedAt,
      WeeklyHours hours,
      LocalDate effectiveFrom) {
    return new CalendarChange(
        changeId,
        market,
        publishedAt,
        Kind.HOURS_CHANGED,
        null,
        hours,
        effectiveFrom,
        null,
        null,
        null,
        null);
  }

  /** {@code sellerId} null: every seller of the market. */
  public static CalendarChange exemption(
      String changeId,
      String market,
      Instant publishedAt,
      Instant from,
      Instant to,
      String sellerId) {
    return new CalendarChange(
        changeId, market, publishedAt, Kind.EXEMPTION, null, null, null, from, to, sellerId, null);
  }

  /** Whether the change is part of this seller's calendar: market-wide, or the seller's own. */
  public boolean appliesTo(String seller) {
    return sellerId == null || sellerId.equals(seller);
  }

  /** The order in which changes apply: publishedAt, ties by changeId. */
  public static int inForceOrder(CalendarChange a, CalendarChange b) {
    int byTime = a.publishedAt.compareTo(b.publishedAt);
    return byTime != 0 ? byTime : a.changeId.compareTo(b.changeId);
  }
}
