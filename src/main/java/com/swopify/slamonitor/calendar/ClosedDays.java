package com.swopify.slamonitor.calendar;

import java.time.LocalDate;
import java.util.Set;

/** The local dates a market is closed regardless of its weekly hours: its own list plus public holidays. */
final class ClosedDays {
  private final Set<LocalDate> listed;
  private final String holidayCountry;

  ClosedDays(MarketConfig market) {
    this.listed = Set.copyOf(market.holidays());
    this.holidayCountry = market.holidayCountry();
  }

  boolean isClosed(LocalDate date) {
    return listed.contains(date)
        || (holidayCountry != null && PublicHolidays.of(holidayCountry, date.getYear()).contains(date));
  }
}
