package com.swopify.slamonitor.sla;

import com.swopify.slamonitor.events.TakeoverReason;
import com.swopify.slamonitor.events.ThreadEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Everything the reply-SLA rules remember about one thread: events not yet decided (they wait for
 * event time to pass them, so that arrival order never matters), the open wait, the takeover
 * reasons already requested, and the message ids seen recently (for de-duplication).
 *
 * <p>Laid out for the common case, since heap state holds one per thread for 30 days: nothing
 * pending (no list at all then), and one or two ids remembered (the first in fields of its own,
 * further ones in arrays that exist only when needed).
 */
public final class ThreadState {
  /**
   * Same-instant events: buyer messages, then replies, cases and marks, then by id, so the order is
   * total.
   */
  static final Comparator<ThreadEvent> EVENT_ORDER = ThreadState::compareEvents;

  /** Events waiting for event time to pass them, in {@link #EVENT_ORDER}; null when none. */
  private ArrayList<ThreadEvent> pending;

  private OpenWait openWait;

  /** At most the open wait's deadline count, which fits a byte ({@link OpenWait}). */
  private byte firedDeadlines;

  /** A bit per {@link TakeoverReason} ordinal; a short keeps the object at 48 bytes, not 56. */
  private short requestedTakeovers;

  private int seenCount;
  private String firstSeenId;
  private long firstSeenAt;

  /** The ids seen after the first (index i holds id i + 1); null while at most one is held. */
  private String[] moreSeenIds;

  private long[] moreSeenAt;

  /** Waiting messages after the oldest, a handed-over clock, early marks; null when none. */
  private WaitDetails details;

  static {
    if (TakeoverReason.values().length > Short.SIZE) {
      throw new IllegalStateException(
          "more takeover reasons than bits in ThreadState.requestedTakeovers");
    }
  }

  public ThreadState() {}

  /**
   * Restores a state as the serializer read it.
   *
   * @param seenIds the remembered ids, in the order they were seen; {@code seenCount} of them
   */
  public ThreadState(
      List<ThreadEvent> pending,
      OpenWait openWait,
      int firedDeadlines,
      int requestedTakeovers,
      String[] seenIds,
      long[] seenAt,
      int seenCount) {
    this(pending, openWait, firedDeadlines, requestedTakeovers, seenIds, seenAt, seenCount, null);
  }

  /** Restores a state with its wait details (state format 4 on); null details: none. */
  public ThreadState(
      List<ThreadEvent> pending,
      OpenWait openWait,
      int firedDeadlines,
      int requestedTakeovers,
      String[] seenIds,
      long[] seenAt,
      int seenCount,
      WaitDetails details) {
    this.details = details == null || details.isEmpty() ? null : details;
    this.pending = pending.isEmpty() ? null : new ArrayList<>(pending);
    this.openWait = openWait;
    this.firedDeadlines = (byte) firedDeadlines;
    this.requestedTakeovers = (short) requestedTakeovers;
    for (int i = 0; i < seenCount; i++) {
      markSeen(seenIds[i], seenAt[i]);
    }
  }

  public ThreadState deepCopy() {
    // ThreadEvent and OpenWait are immutable, so sharing them is safe.
    ThreadState copy = new ThreadState();
    copy.pending = pending == null ? null : new ArrayList<>(pending);
    copy.openWait = openWait;
    copy.firedDeadlines = firedDeadlines;
    copy.requestedTakeovers = requestedTakeovers;
    copy.seenCount = seenCount;
    copy.firstSeenId = firstSeenId;
    copy.firstSeenAt = firstSeenAt;
    copy.moreSeenIds = moreSeenIds == null ? null : moreSeenIds.clone();
    copy.moreSeenAt = moreSeenAt == null ? null : moreSeenAt.clone();
    copy.details = details == null ? null : details.copy();
    return copy;
  }

  /** The events not yet decided, in decision order; read-only. */
  public List<ThreadEvent> pending() {
    return pending == null ? List.of() : Collections.unmodifiableList(pending);
  }

  public OpenWait openWait() {
    return openWait;
  }

  /** How many of the open wait's deadlines have passed. */
  public int firedDeadlines() {
    return firedDeadlines;
  }

  public int requestedTakeovers() {
    return requestedTakeovers & 0xffff;
  }

  public int seenCount() {
    return seenCount;
  }

  public String seenId(int i) {
    return i == 0 ? firstSeenId : moreSeenIds[i - 1];
  }

  public long seenAt(int i) {
    return i == 0 ? firstSeenAt : moreSeenAt[i - 1];
  }

  /** Waiting messages after the oldest, handed-over clock, early marks; null when none. */
  public WaitDetails details() {
    return details;
  }

  /** The details, created when first needed. */
  WaitDetails detailsForUpdate() {
    if (details == null) {
      details = new WaitDetails();
    }
    return details;
  }

  /** Drops the details once they hold nothing, so the common thread keeps none. */
  void compactDetails() {
    if (details != null && details.isEmpty()) {
      details = null;
    }
  }

  /** Nothing pending, no wait, no id or mark to remember: the state can be dropped. */
  public boolean isEmpty() {
    return pending == null && openWait == null && seenCount == 0 && details == null;
  }

  boolean hasSeen(String id) {
    for (int i = 0; i < seenCount; i++) {
      if (seenId(i).equals(id)) {
        return true;
      }
    }
    return false;
  }

  void markSeen(String id, long at) {
    if (seenCount == 0) {
      firstSeenId = id;
      firstSeenAt = at;
    } else {
      int more = seenCount - 1;
      if (moreSeenIds == null) {
        moreSeenIds = new String[1];
        moreSeenAt = new long[1];
      } else if (more == moreSeenIds.length) {
        moreSeenIds = Arrays.copyOf(moreSeenIds, more * 2);
        moreSeenAt = Arrays.copyOf(moreSeenAt, more * 2);
      }
      moreSeenIds[more] = id;
      moreSeenAt[more] = at;
    }
    seenCount++;
  }

  /** Forgets the ids of events at or before {@code cutoff}. */
  void forgetSeenThrough(long cutoff) {
    int kept = 0;
    for (int i = 0; i < seenCount; i++) {
      long at = seenAt(i);
      if (at > cutoff) {
        setSeen(kept++, seenId(i), at);
      }
    }
    for (int i = kept; i < seenCount; i++) {
      setSeen(i, null, 0);
    }
    seenCount = kept;
    if (kept <= 1) {
      moreSeenIds = null;
      moreSeenAt = null;
    }
    if (details != null) {
      details.forgetMarksThrough(cutoff);
      compactDetails();
    }
  }

  private void setSeen(int i, String id, long at) {
    if (i == 0) {
      firstSeenId = id;
      firstSeenAt = at;
    } else {
      moreSeenIds[i - 1] = id;
      moreSeenAt[i - 1] = at;
    }
  }

  void addPending(ThreadEvent event) {
    if (pending == null) {
      pending = new ArrayList<>(2);
    }
    pending.add(insertionPoint(event), event);
  }

  private int insertionPoint(ThreadEvent event) {
    int index = pending.size();
    // Events mostly arrive in order: search from the end.
    while (index > 0 && compareEvents(pending.get(index - 1), event) > 0) {
      index--;
    }
    return index;
  }

  /** Written out rather than chained from key extractors: it runs for every event accepted. */
  private static int compareEvents(ThreadEvent a, ThreadEvent b) {
    int order = Long.compare(a.at(), b.at());
    if (order == 0) {
      order = a.kind().compareTo(b.kind());
    }
    if (order == 0) {
      order = a.id().compareTo(b.id());
    }
    return order;
  }

  /** Whether a buyer message with this id is accepted but not yet decided. */
  boolean isPendingMessage(String messageId) {
    if (pending != null) {
      for (ThreadEvent event : pending) {
        if (event.kind() == ThreadEvent.Kind.BUYER_MESSAGE && event.id().equals(messageId)) {
          return true;
        }
      }
    }
    return false;
  }

  ThreadEvent firstPending() {
    return pending == null ? null : pending.get(0);
  }

  void removeFirstPending() {
    pending.remove(0);
    if (pending.isEmpty()) {
      pending = null;
    }
  }

  void openWait(OpenWait wait) {
    this.openWait = wait;
    this.firedDeadlines = 0;
  }

  void closeWait() {
    this.openWait = null;
    this.firedDeadlines = 0;
    if (details != null) {
      details.clearWaiting();
      compactDetails();
    }
  }

  /** The oldest waiting message was marked: the next oldest's clock takes over, fired kept. */
  void handOver(OpenWait next) {
    this.openWait = next;
  }

  void deadlineFired() {
    firedDeadlines++;
  }

  boolean takeoverRequested(int reasonOrdinal) {
    return (requestedTakeovers & (1 << reasonOrdinal)) != 0;
  }

  void markTakeoverRequested(int reasonOrdinal) {
    requestedTakeovers |= (short) (1 << reasonOrdinal);
  }
}
