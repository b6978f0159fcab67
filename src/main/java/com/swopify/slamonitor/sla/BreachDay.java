package com.swopify.slamonitor.sla;

import com.swopify.slamonitor.events.BreachType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The bucket a breach is counted in: market, market-local day of its occurredAt, and type. {@link
 * #key()} is its compact state key; {@link #closesAt} the last instant of the day, after which
 * event time has passed the day and its count is final.
 */
public record BreachDay(String market, LocalDate day, BreachType type) {

  public static BreachDay of(String market, Instant occurredAt, ZoneId zone, BreachType type) {
    return new BreachDay(market, LocalDate.ofInstant(occurredAt, zone), type);
  }

  public String key() {
    return market + '|' + day + '|' + type.name();
  }

  public static BreachDay ofKey(String key) {
    String[] parts = key.split("\\|", 3);
    return new BreachDay(parts[0], LocalDate.parse(parts[1]), BreachType.valueOf(parts[2]));
  }

  /** The last millisecond of the day in the market's zone (23 or 25 h days included). */
  public long closesAt(ZoneId zone) {
    return day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli() - 1;
  }
}
