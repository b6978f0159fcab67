package com.swopify.slamonitor.sla;

/** The clock and reply policy of each configured market. */
public interface MarketRules extends java.io.Serializable {
  BusinessClock clock(String market);

  ReplyPolicy policy(String market);
}
