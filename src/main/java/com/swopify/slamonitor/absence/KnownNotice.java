package com.swopify.slamonitor.absence;

import com.swopify.slamonitor.events.AbsenceNotice;

/**
 * The latest version of a notice decided so far, its business days in its market, and whether its
 * SELLER_ABSENT takeover was requested (at most one per seller and notice).
 */
public final class KnownNotice {
  private AbsenceNotice current;
  private int businessDays;
  private boolean takeoverRequested;

  public KnownNotice(AbsenceNotice current, int businessDays, boolean takeoverRequested) {
    this.current = current;
    this.businessDays = businessDays;
    this.takeoverRequested = takeoverRequested;
  }

  public KnownNotice copy() {
    return new KnownNotice(current, businessDays, takeoverRequested);
  }

  public AbsenceNotice current() {
    return current;
  }

  public int businessDays() {
    return businessDays;
  }

  public boolean takeoverRequested() {
    return takeoverRequested;
  }

  void replaceWith(NoticeVerdict version) {
    current = version.notice();
    businessDays = version.businessDays();
  }

  void markTakeoverRequested() {
    takeoverRequested = true;
  }
}
