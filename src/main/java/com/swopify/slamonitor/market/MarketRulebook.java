package com.swopify.slamonitor.market;

import com.swopify.slamonitor.absence.AbsencePolicy;
import com.swopify.slamonitor.absence.AbsenceRules;
import com.swopify.slamonitor.calendar.BusinessCalendar;
import com.swopify.slamonitor.sla.BusinessClock;
import com.swopify.slamonitor.sla.MarketRules;
import com.swopify.slamonitor.sla.ReplyPolicy;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The configured markets as the reply and absence rules ask for them: each market's calendar,
 * built on first use and then shared, and its policies. Serializable so that Flink functions can
 * carry it: only the settings travel, the calendars are rebuilt where they land.
 */
public final class MarketRulebook implements MarketRules, AbsenceRules {
  private static final long serialVersionUID = 1L;

  private final Markets markets;
  private final transient ConcurrentHashMap<String, BusinessCalendar> calendars =
      new ConcurrentHashMap<>();
  private final transient ConcurrentHashMap<String, BusinessClock> clocks =
      new ConcurrentHashMap<>();

  private MarketRulebook(Markets markets) {
    this.markets = markets;
  }

  public static MarketRulebook of(Markets markets) {
    return new MarketRulebook(markets);
  }

  public Markets markets() {
    return markets;
  }

  /** The market's calendar; throws IllegalArgumentException for a market that is not configured. */
  @Override
  public BusinessCalendar calendar(String market) {
    BusinessCalendar calendar = calendars.get(market);
    if (calendar != null) {
      return calendar;
    }
    Market settings = configured(market);
    return calendars.computeIfAbsent(market, code -> settings.businessCalendar());
  }

  @Override
  public BusinessClock clock(String market) {
    BusinessClock clock = clocks.get(market);
    return clock != null ? clock : clocks.computeIfAbsent(market, code -> asClock(calendar(code)));
  }

  @Override
  public ReplyPolicy policy(String market) {
    return configured(market).reply();
  }

  @Override
  public AbsencePolicy absencePolicy(String market) {
    return configured(market).absence();
  }

  private Market configured(String code) {
    Market market = markets.market(code);
    if (market == null) {
      throw new IllegalArgumentException("unknown market " + code);
    }
    return market;
  }

  private static BusinessClock asClock(BusinessCalendar calendar) {
    return new BusinessClock() {
      @Override
      public long add(long t, long duration) {
        return calendar.add(t, duration);
      }

      @Override
      public long between(long from, long to) {
        return calendar.between(from, to);
      }
    };
  }

  /** A deserialized copy starts with empty (non-null) caches. */
  private Object readResolve() {
    return new MarketRulebook(markets);
  }
}
