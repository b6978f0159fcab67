package com.swopify.slamonitor.calendar;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Official public holidays of a country, from the Jollyday library. Observances and bank holidays
 * are left out: shops and sellers work on them. Results are cached for the JVM: they never change,
 * and every calendar (rebuilt in each Flink task) asks for the same few country-years.
 */
public final class PublicHolidays {
  private record CountryYear(String country, int year) {}

  private static final ConcurrentHashMap<String, HolidayManager> MANAGERS =
      new ConcurrentHashMap<>();
  private static final ConcurrentHashMap<CountryYear, Set<LocalDate>> HOLIDAYS =
      new ConcurrentHashMap<>();

  private PublicHolidays() {}

  /** Whether Jollyday has data for this ISO 3166-1 alpha-2 code (upper case). */
  public static boolean isSupported(String country) {
    return HolidayManager.getSupportedCalendarCodes().contains(country);
  }

  /**
   * The days the holidays close: each holiday's own date and, where the law moves it (Bulgaria: a
   * holiday on a weekend gives the next working day off), its observed date as well. Jollyday's
   * {@code getActualDate()} alone is the holiday's own date, so the substitute day would stay open;
   * the own date stays closed too, for a market whose hours include weekends.
   */
  static Set<LocalDate> of(String country, int year) {
    return HOLIDAYS.computeIfAbsent(new CountryYear(country, year), PublicHolidays::load);
  }

  /**
   * Jollyday fills its data-source cache lazily and without a lock: two Flink tasks asking for
   * their first calendar at the same moment made one of them see no data source at all. One lock
   * around manager creation (once per country per JVM) avoids that race.
   */
  private static synchronized HolidayManager manager(String country) {
    return HolidayManager.getInstance(ManagerParameters.create(country));
  }

  private static Set<LocalDate> load(CountryYear key) {
    HolidayManager manager = MANAGERS.computeIfAbsent(key.country(), PublicHolidays::manager);
    // Jollyday does not document its managers as thread-safe; this runs once per country-year.
    synchronized (manager) {
      return manager.getHolidays(Year.of(key.year()), HolidayType.PUBLIC_HOLIDAY).stream()
          .flatMap(holiday -> Stream.of(holiday.getActualDate(), holiday.getDate()))
          .collect(Collectors.toUnmodifiableSet());
    }
  }
}
