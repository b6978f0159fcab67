package com.swopify.slamonitor.absence;

import com.swopify.slamonitor.events.AbsenceNotice;
import com.swopify.slamonitor.events.AbsenceStatus;
import com.swopify.slamonitor.events.SellerActivity;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The seller-absence rules R5 and R6 (contract section 5) for one seller, free of Flink.
 *
 * <p>As in the reply rules, inputs are first {@link #accept accepted} and decided only when event
 * time has passed them ({@link #advance}), walking inputs and due points in time order; inputs come
 * before due points of the same instant (a cancellation notified exactly at the start of the
 * absence still prevents its takeover; a reply in the last millisecond of a day still ends the
 * silence before that day is counted). Decisions therefore depend on event times only:
 *
 * <ul>
 *   <li>every ANNOUNCED version of a notice is judged on its own when event time reaches its
 *       notifiedAt: ABSENCE_NOTICE_TOO_SHORT when it is long and its notice short;
 *   <li>a notice whose latest version is a long ANNOUNCED absence gets its SELLER_ABSENT takeover
 *       at the start of firstDay, or at notifiedAt when the notice came after that, but never after
 *       the absence ended; once requested, later versions change nothing;
 *   <li>a silent stretch in a market runs from the first wait opened after the seller's last reply
 *       there (or from that reply, when some thread was still waiting) to the next reply. Its days
 *       are the dates lying wholly inside it; a date counts when it is a business day of the market
 *       and no notice of the seller, in its latest version known at that moment, announces an
 *       absence containing it. At the end of the first day on which more than the threshold count,
 *       one UNANNOUNCED_ABSENCE breach.
 * </ul>
 */
public final class SellerAbsences implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How far ahead a stretch's next check is searched; beyond it the check just comes again. */
  static final int PLAN_HORIZON_DAYS = 366;

  private final AbsenceRules markets;
  private final long retentionMillis;
  private transient Map<String, MarketDays> days;

  /**
   * @param retentionMillis how long after the end of its lastDay a notice is remembered: a later
   *     version within that time still finds its takeover requested
   */
  public SellerAbsences(AbsenceRules markets, long retentionMillis) {
    this.markets = markets;
    this.retentionMillis = retentionMillis;
  }

  /** Takes a notice version in; false for a duplicate of one still pending (changes nothing). */
  public boolean accept(SellerAbsenceState state, AbsenceNotice notice) {
    return state.addPending(notice);
  }

  public void accept(SellerAbsenceState state, SellerActivity activity) {
    state.addPending(activity);
  }

  /** Decides everything that happens up to and including {@code through}. */
  public void advance(SellerAbsenceState state, String sellerId, long through, AbsenceOutput out) {
    while (true) {
      AbsenceNotice notice = first(state.pendingNotices());
      long noticeAt = notice == null ? Long.MAX_VALUE : notice.notifiedAt().toEpochMilli();
      long activityAt = state.earliestActivityAt();
      long eventAt = Math.min(noticeAt, activityAt);
      long dueAt = nextDue(state);
      if (eventAt <= through && eventAt <= dueAt) {
        if (noticeAt <= activityAt) {
          state.pendingNotices().remove(0);
          apply(state, notice, out);
        } else {
          SellerActivity activity = state.firstActivity();
          state.removeFirstActivity();
          apply(state, activity);
        }
      } else if (dueAt <= through) {
        runDue(state, sellerId, dueAt, out);
      } else {
        break;
      }
    }
    forgetOldNotices(state, through);
  }

  /**
   * The next instant at which {@link #advance} has work: a pending input, a takeover or stretch
   * check that falls due, or a notice to forget; Long.MAX_VALUE if none.
   */
  public long nextWakeUp(SellerAbsenceState state) {
    long next = nextDue(state);
    AbsenceNotice notice = first(state.pendingNotices());
    if (notice != null) {
      next = Math.min(next, notice.notifiedAt().toEpochMilli());
    }
    next = Math.min(next, state.earliestActivityAt());
    for (KnownNotice known : state.notices().values()) {
      if (!heldByStretch(state, known)) {
        next = Math.min(next, forgetAt(known));
      }
    }
    return next;
  }

  /** The market's day arithmetic, built once per market and function instance. */
  private MarketDays days(String market) {
    if (days == null) {
      days = new HashMap<>();
    }
    return days.computeIfAbsent(
        market, code -> new MarketDays(markets.calendar(code), markets.absencePolicy(code)));
  }

  private void apply(SellerAbsenceState state, AbsenceNotice notice, AbsenceOutput out) {
    NoticeVerdict verdict = NoticeVerdict.of(notice, days(notice.market()));
    if (verdict.noticeTooShort()) {
      out.breach(AbsenceRecords.noticeTooShort(verdict));
    }
    KnownNotice known = state.notices().get(notice.noticeId());
    if (known == null) {
      state
          .notices()
          .put(notice.noticeId(), new KnownNotice(notice, verdict.businessDays(), false));
    } else {
      known.replaceWith(verdict);
    }
    // Which days are covered may have changed: silences are counted again at the end of today.
    long now = notice.notifiedAt().toEpochMilli();
    for (SilentStretch stretch : state.stretches().values()) {
      if (!stretch.reported()) {
        MarketDays market = days(stretch.market());
        stretch.checkAt(Math.min(stretch.nextCheckAt(), market.lastMillisOf(market.dateOf(now))));
      }
    }
  }

  private void apply(SellerAbsenceState state, SellerActivity activity) {
    Map<String, SilentStretch> stretches = state.stretches();
    SilentStretch stretch = stretches.get(activity.market());
    switch (activity.kind()) {
      case WAIT_OPENED -> {
        if (stretch == null) {
          stretch =
              new SilentStretch(activity.market(), activity.at(), Set.of(), false, Long.MAX_VALUE);
          stretches.put(activity.market(), stretch);
          planFromStart(state, stretch);
        }
        stretch.addWaiting(activity.threadId());
      }
      case REPLIED -> {
        if (stretch == null) {
          return;
        }
        if (stretch.removeWaiting(activity.threadId())) {
          // The seller spoke, but other buyers still wait: a new silence starts now.
          stretch.restart(activity.at());
          planFromStart(state, stretch);
        } else {
          stretches.remove(activity.market());
        }
      }
      case WAIT_MARKED -> {
        // A marked message needs no answer; a mark is no sign of the seller, so the silence of
        // the other waiting threads goes on.
        if (stretch != null && !stretch.removeWaiting(activity.threadId())) {
          stretches.remove(activity.market());
        }
      }
    }
  }

  private long nextDue(SellerAbsenceState state) {
    long next = Long.MAX_VALUE;
    for (KnownNotice known : state.notices().values()) {
      next = Math.min(next, takeoverAt(known));
    }
    for (SilentStretch stretch : state.stretches().values()) {
      next = Math.min(next, stretch.nextCheckAt());
    }
    return next;
  }

  private void runDue(SellerAbsenceState state, String sellerId, long at, AbsenceOutput out) {
    for (KnownNotice known : state.notices().values()) {
      long requestedAt = takeoverAt(known);
      if (requestedAt <= at) {
        known.markTakeoverRequested();
        out.takeover(
            AbsenceRecords.sellerAbsent(known.current(), known.businessDays(), requestedAt));
      }
    }
    for (SilentStretch stretch : state.stretches().values()) {
      if (stretch.nextCheckAt() <= at) {
        check(state, sellerId, stretch, at, out);
      }
    }
  }

  /**
   * When the notice's SELLER_ABSENT takeover falls due, or Long.MAX_VALUE: already requested,
   * cancelled, not longer than the threshold, or announced only after the absence ended.
   */
  private long takeoverAt(KnownNotice known) {
    AbsenceNotice notice = known.current();
    MarketDays market = days(notice.market());
    if (known.takeoverRequested()
        || notice.status() != AbsenceStatus.ANNOUNCED
        || known.businessDays() <= market.noticeThreshold()) {
      return Long.MAX_VALUE;
    }
    long at = Math.max(market.startOf(notice.firstDay()), notice.notifiedAt().toEpochMilli());
    return at <= market.lastMillisOf(notice.lastDay()) ? at : Long.MAX_VALUE;
  }

  /** {@code at} is the last millisecond of a day in the stretch's market. */
  private void check(
      SellerAbsenceState state,
      String sellerId,
      SilentStretch stretch,
      long at,
      AbsenceOutput out) {
    MarketDays market = days(stretch.market());
    LocalDate today = market.dateOf(at);
    int silentDays = 0;
    for (LocalDate day = market.firstWholeDayFrom(stretch.since());
        !day.isAfter(today);
        day = day.plusDays(1)) {
      if (counts(state, market, day)) {
        silentDays++;
      }
    }
    if (silentDays > market.noticeThreshold()) {
      out.breach(AbsenceRecords.unannouncedAbsence(sellerId, stretch, silentDays, today, at));
      stretch.markReported();
    } else {
      plan(state, stretch, today, silentDays);
    }
  }

  private void planFromStart(SellerAbsenceState state, SilentStretch stretch) {
    plan(state, stretch, days(stretch.market()).firstWholeDayFrom(stretch.since()).minusDays(1), 0);
  }

  /**
   * Sets the next check to the end of the earliest day after {@code after} on which the count could
   * exceed the threshold, skipping the days announced absences cover now; if coverage changes
   * before then, {@link #apply(SellerAbsenceState, AbsenceNotice, AbsenceOutput)} brings the check
   * forward.
   */
  private void plan(SellerAbsenceState state, SilentStretch stretch, LocalDate after, int counted) {
    MarketDays market = days(stretch.market());
    int needed = market.noticeThreshold() + 1 - counted;
    LocalDate day = after;
    for (int i = 0; i < PLAN_HORIZON_DAYS; i++) {
      day = day.plusDays(1);
      if (counts(state, market, day) && --needed == 0) {
        break;
      }
    }
    stretch.checkAt(market.lastMillisOf(day));
  }

  /** A silent day counts when it is a business day that no announced absence covers. */
  private static boolean counts(SellerAbsenceState state, MarketDays market, LocalDate day) {
    return market.isBusinessDay(day) && !covered(state, day);
  }

  /**
   * Whether an absence the seller announced contains the day, whatever the notice's market: the
   * notice's market only chooses the calendar its business days are counted in.
   */
  private static boolean covered(SellerAbsenceState state, LocalDate day) {
    if (state.notices().isEmpty()) {
      // Most sellers never gave a notice; an iterator over nothing is still an allocation.
      return false;
    }
    for (KnownNotice known : state.notices().values()) {
      AbsenceNotice notice = known.current();
      if (notice.status() == AbsenceStatus.ANNOUNCED
          && !day.isBefore(notice.firstDay())
          && !day.isAfter(notice.lastDay())) {
        return true;
      }
    }
    return false;
  }

  private void forgetOldNotices(SellerAbsenceState state, long through) {
    for (Iterator<KnownNotice> it = state.notices().values().iterator(); it.hasNext(); ) {
      KnownNotice known = it.next();
      if (forgetAt(known) <= through && !heldByStretch(state, known)) {
        it.remove();
      }
    }
  }

  private long forgetAt(KnownNotice known) {
    AbsenceNotice notice = known.current();
    return saturatedAdd(days(notice.market()).lastMillisOf(notice.lastDay()), retentionMillis);
  }

  /** A silence still being counted may reach back into the notice's days: keep its coverage. */
  private boolean heldByStretch(SellerAbsenceState state, KnownNotice known) {
    AbsenceNotice notice = known.current();
    long end = days(notice.market()).lastMillisOf(notice.lastDay());
    for (SilentStretch stretch : state.stretches().values()) {
      if (!stretch.reported() && stretch.since() <= end) {
        return true;
      }
    }
    return false;
  }

  private static <T> T first(List<T> list) {
    return list.isEmpty() ? null : list.get(0);
  }

  private static long saturatedAdd(long a, long b) {
    long sum = a + b;
    return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
  }
}
