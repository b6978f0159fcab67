package com.swopify.slamonitor.events;

/**
 * How a wait of a thread was decided, or how a reply ended one (contract section 10): input for the
 * seller scorecards, emitted by the thread function and keyed by seller downstream.
 *
 * @param at the instant of the decision or reply, epoch milliseconds
 * @param businessMillis for replies, the business time from the oldest waiting message to the
 *     reply; 0 otherwise
 */
public record WaitOutcome(Kind kind, String sellerId, String market, long at, long businessMillis) {

  /** Constants are stored by ordinal: append only. */
  public enum Kind {
    /** Decided late: its OVERDUE alert fired. */
    OVERDUE,
    /** Decided on time by the reply that ended it; also a reply. */
    REPLIED_IN_TIME,
    /** A reply ended a wait decided late before: a reply, no new decision. */
    REPLIED_LATE,
    /** Decided on time by a mark that emptied it. */
    MARKED
  }
}
