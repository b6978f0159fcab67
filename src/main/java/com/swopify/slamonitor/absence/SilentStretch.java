package com.swopify.slamonitor.absence;

import java.util.Set;
import java.util.TreeSet;

/**
 * A seller's silence in one market: since {@code since} some buyer has been waiting and the seller
 * has not replied there. {@code waitingThreads} are the threads whose wait is open (opened and not
 * replied to since); {@code nextCheckAt} is the end of the earliest day on which the silence could
 * exceed the threshold, given what is known now.
 */
public final class SilentStretch {
  private final String market;
  private long since;
  private final TreeSet<String> waitingThreads;
  private boolean reported;
  private long nextCheckAt;

  public SilentStretch(
      String market, long since, Set<String> waitingThreads, boolean reported, long nextCheckAt) {
    this.market = market;
    this.since = since;
    this.waitingThreads = new TreeSet<>(waitingThreads);
    this.reported = reported;
    this.nextCheckAt = nextCheckAt;
  }

  public SilentStretch copy() {
    return new SilentStretch(market, since, waitingThreads, reported, nextCheckAt);
  }

  public String market() {
    return market;
  }

  public long since() {
    return since;
  }

  /** Sorted, so that the serialized state does not depend on insertion order. */
  public Set<String> waitingThreads() {
    return waitingThreads;
  }

  /** Whether this stretch's UNANNOUNCED_ABSENCE breach was emitted. */
  public boolean reported() {
    return reported;
  }

  public long nextCheckAt() {
    return nextCheckAt;
  }

  void addWaiting(String threadId) {
    waitingThreads.add(threadId);
  }

  /** Returns whether some thread is still waiting. */
  boolean removeWaiting(String threadId) {
    waitingThreads.remove(threadId);
    return !waitingThreads.isEmpty();
  }

  void restart(long newSince) {
    since = newSince;
    reported = false;
  }

  void markReported() {
    reported = true;
    nextCheckAt = Long.MAX_VALUE;
  }

  void checkAt(long instant) {
    nextCheckAt = instant;
  }
}
