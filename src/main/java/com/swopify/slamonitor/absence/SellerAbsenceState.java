package com.swopify.slamonitor.absence;

import com.swopify.slamonitor.events.AbsenceNotice;
import com.swopify.slamonitor.events.SellerActivity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything the absence rules remember about one seller: inputs not yet decided (they wait for
 * event time to pass them, so arrival order never matters), the latest version of each notice, and
 * the seller's silent stretches per market. Maps are sorted so that iteration, and therefore output
 * order and the serialized form, are deterministic.
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

  /**
   * A wait opened at the same instant as a reply comes first, as in the thread rules. Written out
   * rather than chained from key extractors: sorting activity was most of this operator's time in
   * the profile.
   */
  static final Comparator<SellerActivity> ACTIVITY_ORDER = SellerAbsenceState::compareActivity;

  private final List<AbsenceNotice> pendingNotices;

  /**
   * Activity not yet decided, from {@link #activityHead} on; before the head, decided entries
   * waiting to be cleared out in one go. Kept in arrival order and sorted only when it is read:
   * activity arrives in thread order from the thread function's timers, far from time order (in a
   * replay all of it at the end), and a sorted insert per arrival cost a scan of the list.
   */
  private final ArrayList<SellerActivity> pendingActivity;

  private int activityHead;
  private boolean activitySorted;

  /** The earliest pending activity time, kept without sorting; Long.MAX_VALUE when none. */
  private long earliestActivityAt = Long.MAX_VALUE;

  private final TreeMap<String, KnownNotice> notices;
  private final TreeMap<String, SilentStretch> stretches;

  public SellerAbsenceState() {
    this(List.of(), List.of(), Map.of(), Map.of());
  }

  /**
   * Restores a state as the serializer read it; the pending notices must already be in order, the
   * pending activity may come in any order.
   */
  public SellerAbsenceState(
      List<AbsenceNotice> pendingNotices,
      List<SellerActivity> pendingActivity,
      Map<String, KnownNotice> notices,
      Map<String, SilentStretch> stretches) {
    this.pendingNotices = new ArrayList<>(pendingNotices);
    this.pendingActivity = new ArrayList<>(pendingActivity);
    for (SellerActivity activity : pendingActivity) {
      earliestActivityAt = Math.min(earliestActivityAt, activity.at());
    }
    this.notices = new TreeMap<>(notices);
    this.stretches = new TreeMap<>(stretches);
  }

  public SellerAbsenceState deepCopy() {
    // Notices and activities are immutable records; known notices and stretches are not.
    SellerAbsenceState copy =
        new SellerAbsenceState(pendingNotices, pendingActivity(), Map.of(), Map.of());
    notices.forEach((id, notice) -> copy.notices.put(id, notice.copy()));
    stretches.forEach((market, stretch) -> copy.stretches.put(market, stretch.copy()));
    return copy;
  }

  public List<AbsenceNotice> pendingNotices() {
    return pendingNotices;
  }

  /** The activity not yet decided, in decision order ({@link #ACTIVITY_ORDER}); read-only. */
  public List<SellerActivity> pendingActivity() {
    sortActivity();
    return Collections.unmodifiableList(
        pendingActivity.subList(activityHead, pendingActivity.size()));
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
    return pendingNotices.isEmpty()
        && activityHead == pendingActivity.size()
        && notices.isEmpty()
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
    int size = pendingActivity.size();
    if (activitySorted
        && size > activityHead
        && compareActivity(pendingActivity.get(size - 1), activity) > 0) {
      activitySorted = false;
    }
    pendingActivity.add(activity);
    earliestActivityAt = Math.min(earliestActivityAt, activity.at());
  }

  /** When the earliest pending activity happened; Long.MAX_VALUE when none is pending. */
  long earliestActivityAt() {
    return earliestActivityAt;
  }

  /** The next activity in decision order, or null. */
  SellerActivity firstActivity() {
    sortActivity();
    return activityHead < pendingActivity.size() ? pendingActivity.get(activityHead) : null;
  }

  /** Drops the activity {@link #firstActivity} returned. */
  void removeFirstActivity() {
    pendingActivity.set(activityHead++, null);
    int size = pendingActivity.size();
    if (activityHead == size) {
      pendingActivity.clear();
      activityHead = 0;
      earliestActivityAt = Long.MAX_VALUE;
      return;
    }
    earliestActivityAt = pendingActivity.get(activityHead).at();
    // Clear out decided entries once they are half the list: amortized constant per removal.
    if (activityHead * 2 >= size) {
      pendingActivity.subList(0, activityHead).clear();
      activityHead = 0;
    }
  }

  private void sortActivity() {
    if (!activitySorted) {
      // A stable sort: equal activities are identical records, so their order cannot matter.
      pendingActivity.subList(activityHead, pendingActivity.size()).sort(ACTIVITY_ORDER);
      activitySorted = true;
    }
  }

  private static int compareActivity(SellerActivity a, SellerActivity b) {
    int order = Long.compare(a.at(), b.at());
    if (order == 0) {
      order = a.kind().compareTo(b.kind());
    }
    if (order == 0) {
      order = a.market().compareTo(b.market());
    }
    if (order == 0) {
      order = a.threadId().compareTo(b.threadId());
    }
    return order;
  }

  /** Notices mostly arrive in order: search from the end. Equal elements keep arrival order. */
  private static <T> int insertionPoint(List<T> list, T item, Comparator<T> order) {
    int index = list.size();
    while (index > 0 && order.compare(list.get(index - 1), item) > 0) {
      index--;
    }
    return index;
  }
}
