package com.swopify.slamonitor.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.market.Markets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pins the weekdays each bundled market is closed in 2026 and 2027: the days of rest by law, as
 * checked against the countries' laws and maintained holiday datasets (docs/calendar.md, "Days of
 * rest"), not read back from the code. A holiday library update or a markets file edit that moves
 * one of them fails here first.
 */
class BundledClosedDaysTest {
  private static final Markets BUNDLED = Markets.load(Path.of("jobs/markets.yaml"));

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      SK | 2026 | 01-01 01-06 04-03 04-06 05-01 12-24 12-25
      SK | 2027 | 01-01 01-06 03-26 03-29 07-05 09-15 11-01 12-24
      CZ | 2026 | 01-01 04-03 04-06 05-01 05-08 07-06 09-28 10-28 11-17 12-24 12-25
      CZ | 2027 | 01-01 03-26 03-29 07-05 07-06 09-28 10-28 11-17 12-24
      HU | 2026 | 01-01 01-02 04-03 04-06 05-01 05-25 08-20 08-21 10-23 12-24 12-25
      HU | 2027 | 01-01 03-15 03-26 03-29 05-17 08-20 11-01 12-24
      PL | 2026 | 01-01 01-06 04-06 05-01 06-04 11-11 12-24 12-25
      PL | 2027 | 01-01 01-06 03-29 05-03 05-27 11-01 11-11 12-24
      RO | 2026 | 01-01 01-02 01-06 01-07 04-10 04-13 05-01 06-01 11-30 12-01 12-25
      RO | 2027 | 01-01 01-06 01-07 04-30 05-03 06-01 06-21 11-30 12-01
      DE | 2026 | 01-01 04-03 04-06 05-01 05-14 05-25 12-25
      DE | 2027 | 01-01 03-26 03-29 05-06 05-17
      AT | 2026 | 01-01 01-06 04-06 05-01 05-14 05-25 06-04 10-26 12-08 12-25
      AT | 2027 | 01-01 01-06 03-29 05-06 05-17 05-27 10-26 11-01 12-08
      HR | 2026 | 01-01 01-06 04-06 05-01 06-04 06-22 08-05 11-18 12-25
      HR | 2027 | 01-01 01-06 03-29 05-27 06-22 08-05 11-01 11-18
      SI | 2026 | 01-01 01-02 04-06 04-27 05-01 06-25 12-25
      SI | 2027 | 01-01 02-08 03-29 04-27 06-25 11-01
      BG | 2026 | 01-01 01-02 03-03 04-10 04-13 05-01 05-06 05-25 09-07 09-22 12-24 12-25 12-28
      BG | 2027 | 01-01 03-03 04-30 05-03 05-04 05-06 05-24 09-06 09-22 12-24 12-27 12-28
      """)
  void closesExactlyTheDaysOfRestOnWeekdays(String market, int year, String monthDays) {
    BusinessCalendar calendar = BUNDLED.market(market).businessCalendar();
    List<LocalDate> closedWeekdays = new ArrayList<>();
    for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
      boolean weekday = day.getDayOfWeek().compareTo(DayOfWeek.FRIDAY) <= 0;
      if (weekday && !calendar.isBusinessDay(day)) {
        closedWeekdays.add(day);
      }
    }
    List<LocalDate> expected =
        Arrays.stream(monthDays.split(" "))
            .map(monthDay -> LocalDate.parse(year + "-" + monthDay))
            .toList();
    assertThat(closedWeekdays).as("%s %d", market, year).containsExactlyElementsOf(expected);
  }
}
