package com.swopify.slamonitor.sla;

import com.swopify.slamonitor.events.Alert;
import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.SellerActivity;
import com.swopify.slamonitor.events.TakeoverRequest;

/** Where the reply-SLA rules send what they decide. */
public interface SlaOutput {
  void alert(Alert alert);

  void breach(Breach breach);

  void takeover(TakeoverRequest takeover);

  /** A wait opened or the seller replied: input for seller-level rules (absences). */
  void activity(SellerActivity activity);

  /** A buyer message opened a wait for a reply (counted for the on-time rate). */
  default void waitOpened(String market) {}

  /** A wait ended with a reply that answered it, after {@code businessMillis} of business time. */
  default void waitAnswered(String market, boolean inTime, long businessMillis) {}
}
