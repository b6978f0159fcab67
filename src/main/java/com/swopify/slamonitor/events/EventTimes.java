package com.swopify.slamonitor.events;

import com.swopify.slamonitor.calendar.CalendarChange;
import java.time.Instant;

/** The event time of each input record type: when it happened at the Helpdesk. */
public final class EventTimes {
  private EventTimes() {}

  /**
   * sentAt, openedAt, notifiedAt, markedAt or publishedAt; null for anything that is not an input
   * event.
   */
  public static Instant of(Object event) {
    if (event instanceof BuyerMessage m) {
      return m.sentAt();
    } else if (event instanceof SellerReply r) {
      return r.sentAt();
    } else if (event instanceof CaseEvent c) {
      return c.openedAt();
    } else if (event instanceof AbsenceNotice a) {
      return a.notifiedAt();
    } else if (event instanceof MessageMark k) {
      return k.markedAt();
    } else if (event instanceof CalendarChange c) {
      return c.publishedAt();
    }
    return null;
  }
}
