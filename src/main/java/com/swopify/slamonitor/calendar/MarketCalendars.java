package com.swopify.slamonitor.calendar;

import java.io.Serializable;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The business calendars of all configured markets, built on first use. Serializable so that Flink
 * functions can carry it: only the configuration travels, the calendars are rebuilt where it lands.
 */
public final class MarketCalendars implements Serializable {
  private static final long serialVersionUID = 1L;

  private final MarketsConfig config;
  private final transient ConcurrentHashMap<String, BusinessCalendar> calendars = new ConcurrentHashMap<>();

  private MarketCalendars(MarketsConfig config) {
    this.config = config;
  }

  public static MarketCalendars of(MarketsConfig config) {
    return new MarketCalendars(config);
  }

  public MarketsConfig config() {
    return config;
  }

  /** The market's calendar; throws IllegalArgumentException for a market that is not configured. */
  public BusinessCalendar calendar(String marketCode) {
    BusinessCalendar calendar = calendars.get(marketCode);
    if (calendar != null) {
      return calendar;
    }
    MarketConfig market = config.market(marketCode);
    if (market == null) {
      throw new IllegalArgumentException("unknown market " + marketCode);
    }
    return calendars.computeIfAbsent(marketCode, code -> BusinessCalendar.of(market));
  }

  /** A deserialized copy starts with an empty (non-null) cache. */
  private Object readResolve() {
    return new MarketCalendars(config);
  }
}
