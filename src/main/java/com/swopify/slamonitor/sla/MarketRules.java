package com.swopify.slamonitor.sla;

/**
 * The clock and reply policy of each configured market: what the reply rules need to know about
 * markets. The markets file's settings provide it ({@code market.MarketRulebook}).
 */
public interface MarketRules extends java.io.Serializable {
  BusinessClock clock(String market);

  ReplyPolicy policy(String market);
}
