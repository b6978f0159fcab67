package com.swopify.slamonitor.sla;

/** Business time of one market, in epoch milliseconds (contract section 3). */
public interface BusinessClock {
  /** The smallest instant u >= t with between(t, u) == duration. */
  long add(long t, long duration);

  /** The business time inside [from, to). */
  long between(long from, long to);
}
