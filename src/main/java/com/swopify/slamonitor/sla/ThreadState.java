package com.swopify.slamonitor.sla;

import com.swopify.slamonitor.events.ThreadEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Everything the reply-SLA rules remember about one thread: events not yet decided (they wait for
 * event time to pass them, so that arrival order never matters), the open wait, the takeover
 * reasons already requested, and the message ids seen recently (for de-duplication).
 */
public final class ThreadState {
  /** Same-instant events: buyer messages before replies, then by id, so the order is total. */
  static final Comparator<ThreadEvent> EVENT_ORDER = ThreadState::compareEvents;

  private final ArrayList<ThreadEvent> pending;
  private OpenWait openWait;
  private int firedDeadlines;
  private int requestedTakeovers;
  private String[] seenIds;
  private long[] seenAt;
  private int seenCount;
  private long decidedThrough;
  private long lastEventAt;

  public ThreadState() {
    this(new ArrayList<>(2), null, 0, 0, new String[2], new long[2], 0, Long.MIN_VALUE,
        Long.MIN_VALUE);
  }

  /** Restores a state as the serializer read it; the arrays are taken over, not copied. */
  public ThreadState(
      List<ThreadEvent> pending,
      OpenWait openWait,
      int firedDeadlines,
      int requestedTakeovers,
      String[] seenIds,
      long[] seenAt,
      int seenCount,
      long decidedThrough,
      long lastEventAt) {
    this.pending = new ArrayList<>(pending);
    this.openWait = openWait;
    this.firedDeadlines = firedDeadlines;
    this.requestedTakeovers = requestedTakeovers;
    this.seenIds = seenIds;
    this.seenAt = seenAt;
    this.seenCount = seenCount;
    this.decidedThrough = decidedThrough;
    this.lastEventAt = lastEventAt;
  }

  public ThreadState deepCopy() {
    // ThreadEvent and OpenWait are immutable, so sharing them is safe.
    return new ThreadState(
        pending, openWait, firedDeadlines, requestedTakeovers, seenIds.clone(), seenAt.clone(), seenCount,
        decidedThrough, lastEventAt);
  }

  public List<ThreadEvent> pending() {
    return pending;
  }

  public OpenWait openWait() {
    return openWait;
  }

  /** How many of the open wait's deadlines have passed. */
  public int firedDeadlines() {
    return firedDeadlines;
  }

  public int requestedTakeovers() {
    return requestedTakeovers;
  }

  public int seenCount() {
    return seenCount;
  }

  public String seenId(int i) {
    return seenIds[i];
  }

  public long seenAt(int i) {
    return seenAt[i];
  }

  /** Instants up to and including this one are decided; events at or before it come too late. */
  public long decidedThrough() {
    return decidedThrough;
  }

  public long lastEventAt() {
    return lastEventAt;
  }

  /** Nothing pending, no wait, no id to remember: the state can be dropped. */
  public boolean isEmpty() {
    return pending.isEmpty() && openWait == null && seenCount == 0;
  }

  boolean hasSeen(String id) {
    for (int i = 0; i < seenCount; i++) {
      if (seenIds[i].equals(id)) {
        return true;
      }
    }
    return false;
  }

  void markSeen(String id, long at) {
    if (seenCount == seenIds.length) {
      seenIds = Arrays.copyOf(seenIds, seenCount * 2);
      seenAt = Arrays.copyOf(seenAt, seenCount * 2);
    }
    seenIds[seenCount] = id;
    seenAt[seenCount] = at;
    seenCount++;
  }

  /** Forgets the ids of events at or before {@code cutoff}. */
  void forgetSeenThrough(long cutoff) {
    int kept = 0;
    for (int i = 0; i < seenCount; i++) {
      if (seenAt[i] > cutoff) {
        seenIds[kept] = seenIds[i];
        seenAt[kept] = seenAt[i];
        kept++;
      }
    }
    Arrays.fill(seenIds, kept, seenCount, null);
    seenCount = kept;
  }

  void addPending(ThreadEvent event) {
    int index = insertionPoint(event);
    pending.add(index, event);
    lastEventAt = Math.max(lastEventAt, event.at());
  }

  private int insertionPoint(ThreadEvent event) {
    int index = pending.size();
    // Events mostly arrive in order: search from the end.
    while (index > 0 && EVENT_ORDER.compare(pending.get(index - 1), event) > 0) {
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

  ThreadEvent firstPending() {
    return pending.isEmpty() ? null : pending.get(0);
  }

  void removeFirstPending() {
    pending.remove(0);
  }

  void openWait(OpenWait wait) {
    this.openWait = wait;
    this.firedDeadlines = 0;
  }

  void closeWait() {
    this.openWait = null;
    this.firedDeadlines = 0;
  }

  void deadlineFired() {
    firedDeadlines++;
  }

  boolean takeoverRequested(int reasonOrdinal) {
    return (requestedTakeovers & (1 << reasonOrdinal)) != 0;
  }

  void markTakeoverRequested(int reasonOrdinal) {
    requestedTakeovers |= 1 << reasonOrdinal;
  }

  void decidedThrough(long instant) {
    this.decidedThrough = Math.max(decidedThrough, instant);
  }
}
