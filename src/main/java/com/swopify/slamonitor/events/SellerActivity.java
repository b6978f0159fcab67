package com.swopify.slamonitor.events;

/**
 * What seller-level rules learn from a thread, in event time: a buyer started waiting for the
 * seller (the first message of a wait), the seller replied (a reply that is not automated), or a
 * mark ended the thread's wait without a reply. Emitted by the thread function, keyed by seller
 * downstream, so seller state stays small.
 *
 * @param at the event time in epoch milliseconds
 */
public record SellerActivity(Kind kind, String sellerId, String market, String threadId, long at) {

  public enum Kind {
    WAIT_OPENED,
    REPLIED,
    /** Appended (stored by ordinal): the buyer no longer waits, but the seller did not speak. */
    WAIT_MARKED
  }
}
