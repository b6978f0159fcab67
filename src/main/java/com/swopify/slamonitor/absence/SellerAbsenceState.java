package com.swopify.slamonitor.absence;

import com.swopify.slamonitor.events.AbsenceNotice;
import com.swopify.slamonitor.events.SellerActivity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything the absence rules remember about one seller: inputs not yet decided (they wait for
 * event time to pass them, so arrival order never matters), the latest version of each notice,
 * and the seller's silent stretches per market. Maps are sorted so that iteration, and therefore
 * output order and the serialized form, are deterministic.
 */
public final class SellerAbsenceState {
  /**
   * Versions of the same instant are applied in this order, the last one winning: a cancellation
   * beats an announcement, then the later firstDay and lastDay. Any total order would do; this one
   * makes "later record replaces" independent of arrival order.
   */
  static final Comparator<AbsenceNotice> NOTICE_ORDER =
      Comparator.comparing(AbsenceNotice::notifiedAt)
          .thenComparing(AbsenceNotice::status)
          .thenComparing(AbsenceNotice::firstDay)
          .thenComparing(AbsenceNotice::lastDay)
          .thenComparing(AbsenceNotice::market)
          .thenComparing(AbsenceNotice::noticeId);

  /** A wait opened at the same instant as a reply comes first, as in the thread rules. */
  static final Comparator<SellerActivity> ACTIVITY_ORDER =
      Comparator.comparingLong(SellerActivity::at)
          .thenComparing(SellerActivity::kind)
          .thenComparing(SellerActivity::market)
          .thenComparing(SellerActivity::threadId);

  private final List<AbsenceNotice> pendingNotices;
  private final List<SellerActivity> pendingActivity;
  private final TreeMap<String, KnownNotice> notices;
  private final TreeMap<String, SilentStretch> stretches;

  public SellerAbsenceState() {
    this(List.of(), List.of(), Map.of(), Map.of());
  }

  /** Restores a state as the serializer read it; the lists must already be in order. */
  public SellerAbsenceState(List<AbsenceNotice> pendingNotices, List<SellerActivity> pendingActivity,
      Map<String, KnownNotice> notices, Map<String, SilentStretch> stretches) {
    this.pendingNotices = new ArrayList<>(pendingNotices);
    this.pendingActivity = new ArrayList<>(pendingActivity);
    this.notices = new TreeMap<>(notices);
    this.stretches = new TreeMap<>(stretches);
  }

  public SellerAbsenceState deepCopy() {
    // Notices and activities are immutable records; known notices and stretches are not.
    SellerAbsenceState copy = new SellerAbsenceState(pendingNotices, pendingActivity, Map.of(), Map.of());
    notices.forEach((id, notice) -> copy.notices.put(id, notice.copy()));
    stretches.forEach((market, stretch) -> copy.stretches.put(market, stretch.copy()));
    return copy;
  }

  public List<AbsenceNotice> pendingNotices() {
    return pendingNotices;
  }

  public List<SellerActivity> pendingActivity() {
    return pendingActivity;
  }

  /** The latest decided version of each notice, by noticeId. */
  public Map<String, KnownNotice> notices() {
    return notices;
  }

  /** The open silent stretches, by market. */
  public Map<String, SilentStretch> stretches() {
    return stretches;
  }

  /** Nothing pending, no notice to remember, no silence open: the state can be dropped. */
  public boolean isEmpty() {
    return pendingNotices.isEmpty() && pendingActivity.isEmpty() && notices.isEmpty()
        && stretches.isEmpty();
  }

  /** Adds a notice version; false if an identical one is already pending (a duplicate). */
  boolean addPending(AbsenceNotice notice) {
    int index = insertionPoint(pendingNotices, notice, NOTICE_ORDER);
    if (index > 0 && pendingNotices.get(index - 1).equals(notice)) {
      return false;
    }
    pendingNotices.add(index, notice);
    return true;
  }

  void addPending(SellerActivity activity) {
    pendingActivity.add(insertionPoint(pendingActivity, activity, ACTIVITY_ORDER), activity);
  }

  /** Events mostly arrive in order: search from the end. Equal elements keep arrival order. */
  private static <T> int insertionPoint(List<T> list, T item, Comparator<T> order) {
    int index = list.size();
    while (index > 0 && order.compare(list.get(index - 1), item) > 0) {
      index--;
    }
    return index;
  }
}
