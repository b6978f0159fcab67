package com.swopify.slamonitor.sla;

import java.util.Arrays;

/**
 * What only some threads need beyond their open wait (contract section 9): the waiting messages
 * after the oldest, in clock order (sentAt, then messageId), so that marking the oldest can hand
 * the clock to the next; the instant the clock was last handed over; and marks whose message has
 * not come yet. A thread whose waits hold one message each and that sees no marks has none, so the
 * common thread pays a single null reference for it.
 */
public final class WaitDetails {
  public static final long NOT_HANDED = Long.MIN_VALUE;

  private String[] waitingIds = new String[0];
  private long[] waitingAt = new long[0];
  private long handedAt = NOT_HANDED;
  private String[] markedIds = new String[0];
  private long[] markedAt = new long[0];

  WaitDetails() {}

  /** Restores details as the serializer read them (arrays taken over, not copied). */
  public WaitDetails(
      String[] waitingIds, long[] waitingAt, long handedAt, String[] markedIds, long[] markedAt) {
    this.waitingIds = waitingIds;
    this.waitingAt = waitingAt;
    this.handedAt = handedAt;
    this.markedIds = markedIds;
    this.markedAt = markedAt;
  }

  WaitDetails copy() {
    WaitDetails copy = new WaitDetails();
    copy.waitingIds = waitingIds.clone();
    copy.waitingAt = waitingAt.clone();
    copy.handedAt = handedAt;
    copy.markedIds = markedIds.clone();
    copy.markedAt = markedAt.clone();
    return copy;
  }

  boolean isEmpty() {
    return waitingIds.length == 0 && handedAt == NOT_HANDED && markedIds.length == 0;
  }

  public int waitingCount() {
    return waitingIds.length;
  }

  public String waitingId(int i) {
    return waitingIds[i];
  }

  public long waitingAt(int i) {
    return waitingAt[i];
  }

  /** Adds a waiting message in clock order (nearly always at the end). */
  void addWaiting(String id, long at) {
    int index = waitingIds.length;
    while (index > 0
        && (waitingAt[index - 1] > at
            || waitingAt[index - 1] == at && waitingIds[index - 1].compareTo(id) > 0)) {
      index--;
    }
    waitingIds = insert(waitingIds, index, id);
    waitingAt = insert(waitingAt, index, at);
  }

  /** Removes a waiting message; false if it is not waiting. */
  boolean removeWaiting(String id) {
    for (int i = 0; i < waitingIds.length; i++) {
      if (waitingIds[i].equals(id)) {
        waitingIds = remove(waitingIds, i);
        waitingAt = remove(waitingAt, i);
        return true;
      }
    }
    return false;
  }

  void clearWaiting() {
    waitingIds = new String[0];
    waitingAt = new long[0];
    handedAt = NOT_HANDED;
  }

  public long handedAt() {
    return handedAt;
  }

  void handedAt(long at) {
    handedAt = at;
  }

  public int markCount() {
    return markedIds.length;
  }

  public String markedId(int i) {
    return markedIds[i];
  }

  public long markedAt(int i) {
    return markedAt[i];
  }

  /** Remembers a mark for a message not seen yet; the earliest mark of a message counts. */
  void addMark(String messageId, long at) {
    for (int i = 0; i < markedIds.length; i++) {
      if (markedIds[i].equals(messageId)) {
        markedAt[i] = Math.min(markedAt[i], at);
        return;
      }
    }
    markedIds = insert(markedIds, markedIds.length, messageId);
    markedAt = insert(markedAt, markedAt.length, at);
  }

  /** Takes the mark of a message out; Long.MIN_VALUE when it has none. */
  long takeMark(String messageId) {
    for (int i = 0; i < markedIds.length; i++) {
      if (markedIds[i].equals(messageId)) {
        long at = markedAt[i];
        markedIds = remove(markedIds, i);
        markedAt = remove(markedAt, i);
        return at;
      }
    }
    return Long.MIN_VALUE;
  }

  /** Forgets marks set at or before {@code cutoff}, as message ids are forgotten. */
  void forgetMarksThrough(long cutoff) {
    for (int i = markedIds.length - 1; i >= 0; i--) {
      if (markedAt[i] <= cutoff) {
        markedIds = remove(markedIds, i);
        markedAt = remove(markedAt, i);
      }
    }
  }

  private static String[] insert(String[] array, int index, String value) {
    String[] grown = Arrays.copyOf(array, array.length + 1);
    System.arraycopy(array, index, grown, index + 1, array.length - index);
    grown[index] = value;
    return grown;
  }

  private static long[] insert(long[] array, int index, long value) {
    long[] grown = Arrays.copyOf(array, array.length + 1);
    System.arraycopy(array, index, grown, index + 1, array.length - index);
    grown[index] = value;
    return grown;
  }

  private static String[] remove(String[] array, int index) {
    String[] shrunk = Arrays.copyOf(array, array.length - 1);
    System.arraycopy(array, index + 1, shrunk, index, array.length - index - 1);
    return shrunk;
  }

  private static long[] remove(long[] array, int index) {
    long[] shrunk = Arrays.copyOf(array, array.length - 1);
    System.arraycopy(array, index + 1, shrunk, index, array.length - index - 1);
    return shrunk;
  }
}
