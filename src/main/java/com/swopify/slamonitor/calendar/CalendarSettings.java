package com.swopify.slamonitor.calendar;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link BusinessCalendar} is built from (contract section 3): the zone, the weekly hours
 * and the closed days. {@code holidayCountry} may be null (no public holidays from the library).
 *
 * <p>{@code workingDays} open dates that the holiday library or {@code holidays} close: a law turns
 * a holiday into a working day long before the holiday library learns of it.
 */
public record CalendarSettings(
    ZoneId zone,
    WeeklyHours businessHours,
    String holidayCountry,
    List<LocalDate> holidays,
    List<LocalDate> workingDays)
    implements Serializable {

  public CalendarSettings {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(businessHours, "businessHours");
    holidays = List.copyOf(holidays);
    workingDays = List.copyOf(workingDays);
  }

  /** The contract's default hours (Monday to Friday, whole days) and no closed days. */
  public static CalendarSettings withDefaults(ZoneId zone) {
    return new CalendarSettings(zone, WeeklyHours.DEFAULT, null, List.of(), List.of());
  }

  public CalendarSettings withBusinessHours(WeeklyHours hours) {
    return new CalendarSettings(zone, hours, holidayCountry, holidays, workingDays);
  }

  public CalendarSettings withHolidays(String country, List<LocalDate> dates) {
    return new CalendarSettings(zone, businessHours, country, dates, workingDays);
  }

  public CalendarSettings withWorkingDays(List<LocalDate> dates) {
    return new CalendarSettings(zone, businessHours, holidayCountry, holidays, dates);
  }
}
