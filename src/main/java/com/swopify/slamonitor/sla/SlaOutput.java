package com.swopify.slamonitor.sla;

import com.swopify.slamonitor.events.Alert;
import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.FindingReview;
import com.swopify.slamonitor.events.QuickReply;
import com.swopify.slamonitor.events.SellerActivity;
import com.swopify.slamonitor.events.TakeoverRequest;
import com.swopify.slamonitor.events.WaitOutcome;

/** Where the reply-SLA rules send what they decide. */
public interface SlaOutput {
  void alert(Alert alert);

  void breach(Breach breach);

  void takeover(TakeoverRequest takeover);

  /** A finding too uncertain to act on, for a person to look at. */
  void findingReview(FindingReview review);

  /** A wait opened or the seller replied: input for seller-level rules (absences). */
  void activity(SellerActivity activity);

  /** A buyer message opened a wait for a reply (counted for the on-time rate). */
  default void waitOpened(String market) {}

  /** The open wait's reply deadline passed without a reply (its OVERDUE alert was emitted). */
  default void waitOverdue(String market) {}

  /**
   * A wait ended with a reply that answered it, after {@code businessMillis} of business time; a
   * wait answered late had become overdue before.
   */
  default void waitAnswered(String market, boolean inTime, long businessMillis) {}

  /**
   * A mark emptied the wait (contract section 9); {@code overdue}: its OVERDUE alert went out
   * before.
   */
  default void waitMarked(String market, boolean overdue) {}

  /** A wait was decided, or a reply ended one: input for the seller scorecards. */
  default void waitDecided(WaitOutcome outcome) {}

  /** An automated reply arrived: it answers nothing (its AUTOMATED_REPLY breach was emitted). */
  default void automatedReply(String market) {}

  /** A reply came quickly after the buyer: input for template recognition per seller. */
  default void quickReply(QuickReply reply) {}
}
