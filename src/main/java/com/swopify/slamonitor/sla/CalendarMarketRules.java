package com.swopify.slamonitor.sla;

import com.swopify.slamonitor.calendar.BusinessCalendar;
import com.swopify.slamonitor.calendar.CalendarChange;
import com.swopify.slamonitor.calendar.CalendarTimeline;
import com.swopify.slamonitor.calendar.MarketCalendars;
import com.swopify.slamonitor.calendar.MarketConfig;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The configured markets' calendars and reply policies, built once per market and cached, and the
 * calendar changes published for them ({@link #publish}). Changes are runtime state, not
 * configuration: each Flink subtask publishes what its broadcast state holds.
 */
public final class CalendarMarketRules implements MarketRules {
  private static final long serialVersionUID = 1L;

  private final MarketCalendars calendars;
  private transient Map<String, BusinessClock> clocks;
  private transient Map<String, ClockInForce> unchanged;
  private transient Map<String, ReplyPolicy> policies;
  private transient Map<String, CalendarTimeline> timelines;
  private transient Map<BusinessCalendar, BusinessClock> versionClocks;

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

  /**
   * Takes a published change in; false if its changeId was seen before.
   *
   * @throws IllegalArgumentException for a market that is not configured, or a change that leaves
   *     a week without business hours
   */
  public boolean publish(CalendarChange change) {
    if (timelines == null) {
      timelines = new HashMap<>();
      versionClocks = new IdentityHashMap<>();
    }
    if (calendars.config().market(change.market()) == null) {
      throw new IllegalArgumentException("unknown market " + change.market());
    }
    return timelines.computeIfAbsent(change.market(),
        code -> new CalendarTimeline(calendars.config().market(code))).add(change);
  }

  @Override
  public ClockInForce clockAt(String market, String seller, long t) {
    CalendarTimeline timeline = timelines == null ? null : timelines.get(market);
    if (timeline == null) {
      if (unchanged == null) {
        unchanged = new HashMap<>();
      }
      return unchanged.computeIfAbsent(market, code -> ClockInForce.unchanged(clock(code)));
    }
    CalendarTimeline.InForce inForce = timeline.at(t, seller);
    BusinessClock clock = inForce.changed()
        ? versionClocks.computeIfAbsent(inForce.calendar(), CalendarMarketRules::asClock)
        : clock(market);
    return new ClockInForce(clock, inForce.changeId(), inForce.since(), inForce.until());
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
