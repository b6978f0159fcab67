package com.swopify.slamonitor.sla;

/**
 * The business clock in force for a market (and seller) from {@code since} to {@code until}
 * (exclusive), and the published calendar change that made it (contract section 11); {@code
 * changeId} null: the markets file's calendar.
 */
public record ClockInForce(BusinessClock clock, String changeId, long since, long until) {
  /** A clock that never changes. */
  public static ClockInForce unchanged(BusinessClock clock) {
    return new ClockInForce(clock, null, Long.MIN_VALUE, Long.MAX_VALUE);
  }

  /** Whether this clock holds at every instant: no change was ever published for it. */
  public boolean forever() {
    return since == Long.MIN_VALUE && until == Long.MAX_VALUE;
  }
}
