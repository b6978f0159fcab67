package com.swopify.slamonitor.calendar;

import com.swopify.slamonitor.market.Markets;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Builds calendars for tests from the markets-file syntax, so examples read like configuration. */
public final class TestMarkets {
  private TestMarkets() {}

  /**
   * A market SK with the given settings, one per line, e.g. {@code "timeZone: Europe/Bratislava"}.
   */
  static CalendarSettings market(String... settings) {
    StringBuilder yaml = new StringBuilder("markets:\n  SK:\n    languages: [sk]\n");
    for (String setting : settings) {
      yaml.append("    ").append(setting).append('\n');
    }
    return Markets.parse(yaml.toString(), "test.yaml").market("SK").calendar();
  }

  static BusinessCalendar calendar(String... settings) {
    return BusinessCalendar.of("SK", market(settings));
  }

  /** Instants are written with their local offset, as a person checking them by hand would. */
  public static Instant at(String offsetDateTime) {
    return OffsetDateTime.parse(offsetDateTime).toInstant();
  }
}
