package com.swopify.slamonitor.sla;

import com.swopify.slamonitor.calendar.BusinessCalendar;
import com.swopify.slamonitor.calendar.MarketCalendars;
import com.swopify.slamonitor.calendar.MarketConfig;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The configured markets' calendars and reply policies, built once per market and cached. */
public final class CalendarMarketRules implements MarketRules {
  private static final long serialVersionUID = 1L;

  private final MarketCalendars calendars;
  private transient Map<String, BusinessClock> clocks;
  private transient Map<String, ReplyPolicy> policies;

  public CalendarMarketRules(MarketCalendars calendars) {
    this.calendars = calendars;
  }

  @Override
  public BusinessClock clock(String market) {
    if (clocks == null) {
      clocks = new HashMap<>();
    }
    return clocks.computeIfAbsent(market, code -> asClock(calendars.calendar(code)));
  }

  @Override
  public ReplyPolicy policy(String market) {
    if (policies == null) {
      policies = new HashMap<>();
    }
    return policies.computeIfAbsent(market, code -> policyOf(calendars.config().market(code)));
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

  private static ReplyPolicy policyOf(MarketConfig market) {
    List<Double> fractions = market.atRiskAt();
    double[] atRisk = new double[fractions.size()];
    for (int i = 0; i < atRisk.length; i++) {
      atRisk[i] = fractions.get(i);
    }
    return new ReplyPolicy(
        market.replyWithin().toMillis(), atRisk, market.takeoverAfter().toMillis());
  }
}
