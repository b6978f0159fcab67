package com.swopify.slamonitor.market;

import com.swopify.slamonitor.absence.AbsencePolicy;
import com.swopify.slamonitor.absence.AbsenceRules;
import com.swopify.slamonitor.calendar.BusinessCalendar;
import com.swopify.slamonitor.calendar.CalendarChange;
import com.swopify.slamonitor.calendar.CalendarTimeline;
import com.swopify.slamonitor.sla.BusinessClock;
import com.swopify.slamonitor.sla.ClockInForce;
import com.swopify.slamonitor.sla.MarketRules;
import com.swopify.slamonitor.sla.ReplyPolicy;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The configured markets as the reply and absence rules ask for them: each market's calendar, built
 * on first use and then shared, and its policies; and the calendar changes published for them
 * ({@link #publish}). Serializable so that Flink functions can carry it: only the settings travel,
 * the calendars are rebuilt where they land. Changes are runtime state, not configuration: each
 * Flink subtask publishes what its broadcast state holds.
 */
public final class MarketRulebook implements MarketRules, AbsenceRules {
  private static final long serialVersionUID = 1L;

  private final Markets markets;
  private final transient ConcurrentHashMap<String, BusinessCalendar> calendars =
      new ConcurrentHashMap<>();
  private final transient ConcurrentHashMap<String, BusinessClock> clocks =
      new ConcurrentHashMap<>();
  private transient Map<String, ClockInForce> unchanged;
  private transient Map<String, CalendarTimeline> timelines;
  private transient Map<BusinessCalendar, BusinessClock> versionClocks;

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

  /**
   * Takes a published change in; false if its changeId was seen before.
   *
   * @throws IllegalArgumentException for a market that is not configured, or a change that leaves a
   *     week without business hours
   */
  public boolean publish(CalendarChange change) {
    if (timelines == null) {
      timelines = new HashMap<>();
      versionClocks = new IdentityHashMap<>();
    }
    BusinessCalendar base = calendar(change.market());
    return timelines
        .computeIfAbsent(change.market(), code -> new CalendarTimeline(base))
        .add(change);
  }

  @Override
  public ClockInForce clockAt(String market, String seller, long t) {
    CalendarTimeline timeline = timelines == null ? null : timelines.get(market);
    if (timeline == null) {
      if (unchanged == null) {
        unchanged = new HashMap<>();
      }
      // Asked for every deadline of every event: a plain lookup, no lambda to allocate.
      ClockInForce clock = unchanged.get(market);
      if (clock == null) {
        clock = ClockInForce.unchanged(clock(market));
        unchanged.put(market, clock);
      }
      return clock;
    }
    CalendarTimeline.InForce inForce = timeline.at(t, seller);
    BusinessClock clock =
        inForce.changed()
            ? versionClocks.computeIfAbsent(inForce.calendar(), MarketRulebook::asClock)
            : clock(market);
    return new ClockInForce(clock, inForce.changeId(), inForce.since(), inForce.until());
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
