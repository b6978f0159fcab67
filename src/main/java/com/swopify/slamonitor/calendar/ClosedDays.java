package com.swopify.slamonitor.calendar;

import java.time.LocalDate;
import java.util.Set;

/**
 * The local dates a market is closed regardless of its weekly hours: its own list plus public
 * holidays, less the dates its {@code workingDays} open again (contract section 3: a working day
 * wins over both sources of closed days).
 */
final class ClosedDays {
  private final Set<LocalDate> listed;
  private final Set<LocalDate> working;
  private final String holidayCountry;

  ClosedDays(CalendarSettings market) {
    this.listed = Set.copyOf(market.holidays());
    this.working = Set.copyOf(market.workingDays());
    this.holidayCountry = market.holidayCountry();
  }

  boolean isClosed(LocalDate date) {
    if (working.contains(date)) {
      return false;
    }
    return listed.contains(date)
        || (holidayCountry != null && PublicHolidays.of(holidayCountry, date.getYear()).contains(date));
  }
}
