package com.swopify.slamonitor.sla;

/**
 * The clock and reply policy of each configured market: what the reply rules need to know about
 * markets. The markets file's settings provide it ({@code market.MarketRulebook}).
 */
public interface MarketRules extends java.io.Serializable {
  BusinessClock clock(String market);

  ReplyPolicy policy(String market);

  /**
   * The clock in force for a seller of the market at {@code t}: the markets file's, plus the
   * calendar changes published by then (contract section 11). Rules whose calendars never change
   * give {@link #clock} for ever.
   */
  default ClockInForce clockAt(String market, String seller, long t) {
    return ClockInForce.unchanged(clock(market));
  }
}
