package com.swopify.slamonitor.detect.automated;

import com.swopify.slamonitor.detect.DetectorSettings;
import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.BreachType;
import com.swopify.slamonitor.events.Details;
import com.swopify.slamonitor.events.Ids;
import com.swopify.slamonitor.events.QuickReply;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Recognises templated replies of one seller (rule R4): the same text sent quickly into many
 * threads is an automation, whoever pressed the button.
 *
 * <p><b>Definition.</b> A quick reply at time t is templated when some span of event time {@code
 * [s, s + window]} containing t holds quick replies of the same seller with the same fingerprint in
 * at least {@code minThreads} distinct threads. Every templated reply is one AUTOMATED_REPLY breach
 * at its own time; its details name the most threads any such span held.
 *
 * <p><b>Order independence.</b> Every span that contains t lies inside {@code [t - window, t +
 * window]}, so a reply is decided only once event time has passed {@code t + window}: all replies
 * that could matter are known then, whatever order they arrived in. Quick replies are never late
 * (the thread function emits them from its timers, before the watermark that passed them), so none
 * can arrive after a decision it could have changed.
 *
 * <p><b>Bounded state.</b> After deciding at {@code now}, the replies still needed are those that
 * an undecided or a later reply can share a span with: within a window before the earliest
 * undecided reply, or after {@code now - window}. Older ones are forgotten; a seller with nothing
 * undecided keeps nothing.
 */
public final class TemplateRepetition implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Canonical order: by time, then ids, so that equal inputs give equal outputs. */
  private static final Comparator<QuickReply> BY_TIME =
      Comparator.comparingLong(QuickReply::at)
          .thenComparing(QuickReply::threadId)
          .thenComparing(QuickReply::messageId)
          .thenComparing(QuickReply::sellerId)
          .thenComparing(QuickReply::market)
          .thenComparingLong(QuickReply::fingerprint);

  private final int minThreads;
  private final long windowMillis;
  private final String windowText;

  public TemplateRepetition(int minThreads, Duration window) {
    if (minThreads < 2 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("need at least 2 threads and a positive window");
    }
    this.minThreads = minThreads;
    this.windowMillis = window.toMillis();
    this.windowText = window.toString();
  }

  public static TemplateRepetition of(DetectorSettings settings) {
    return new TemplateRepetition(settings.templateMinThreads(), settings.templateWindow());
  }

  /** The event time at which a reply can be decided. */
  public long decidesAt(QuickReply reply) {
    return reply.at() > Long.MAX_VALUE - windowMillis ? Long.MAX_VALUE : reply.at() + windowMillis;
  }

  /**
   * What one seller's decisions are once event time reaches {@code now}.
   *
   * @param breaches one per reply decided now and templated, in time order
   * @param kept the replies still needed, duplicates (same thread and messageId) dropped
   * @param nextWakeUp when the next undecided reply can be decided; Long.MAX_VALUE if none
   */
  public record Decisions(List<Breach> breaches, List<QuickReply> kept, long nextWakeUp) {}

  /**
   * Decides the replies that became decidable after {@code decidedThrough} and by {@code now}.
   *
   * @param known every reply of one seller kept so far, plus new arrivals, in any order
   * @param decidedThrough the {@code now} of the previous call (replies decidable by then are
   *     decided already); Long.MIN_VALUE the first time
   */
  public Decisions decide(Collection<QuickReply> known, long decidedThrough, long now) {
    List<QuickReply> replies = canonical(known);
    Map<Long, List<QuickReply>> byFingerprint = new TreeMap<>();
    for (QuickReply reply : replies) {
      byFingerprint.computeIfAbsent(reply.fingerprint(), f -> new ArrayList<>()).add(reply);
    }
    List<Breach> breaches = new ArrayList<>();
    for (List<QuickReply> sameText : byFingerprint.values()) {
      int[] threads = mostThreadsAround(sameText);
      for (int i = 0; i < sameText.size(); i++) {
        QuickReply reply = sameText.get(i);
        long decision = decidesAt(reply);
        if (decision > decidedThrough && decision <= now && threads[i] >= minThreads) {
          breaches.add(breach(reply, threads[i]));
        }
      }
    }
    breaches.sort(
        Comparator.comparing(Breach::occurredAt)
            .thenComparing(Breach::threadId)
            .thenComparing(Breach::messageId));

    long earliestUndecided = Long.MAX_VALUE;
    long nextWakeUp = Long.MAX_VALUE;
    for (QuickReply reply : replies) {
      if (decidesAt(reply) > now) {
        earliestUndecided = Math.min(earliestUndecided, reply.at());
        nextWakeUp = Math.min(nextWakeUp, decidesAt(reply));
      }
    }
    List<QuickReply> kept = new ArrayList<>(replies.size());
    for (QuickReply reply : replies) {
      if (stillNeeded(reply.at(), earliestUndecided, now)) {
        kept.add(reply);
      }
    }
    return new Decisions(List.copyOf(breaches), List.copyOf(kept), nextWakeUp);
  }

  /**
   * Whether a reply can still share a span with a reply not decided yet. An undecided reply u looks
   * back to {@code u - window}; a reply arriving later comes after {@code now} (it is never late)
   * and looks back to after {@code now - window}.
   */
  private boolean stillNeeded(long at, long earliestUndecided, long now) {
    boolean forUndecided =
        earliestUndecided != Long.MAX_VALUE && at >= earliestUndecided - windowMillis;
    return forUndecided || at > now - windowMillis;
  }

  /**
   * Sorted by {@link #BY_TIME}, one reply per thread and messageId (the first in that order): a
   * reply is identified as the thread function identifies it, which already drops duplicates within
   * a thread, so this only guards against a repeated delivery.
   */
  private static List<QuickReply> canonical(Collection<QuickReply> known) {
    List<QuickReply> sorted = new ArrayList<>(known);
    sorted.sort(BY_TIME);
    Set<List<String>> seen = new HashSet<>();
    List<QuickReply> unique = new ArrayList<>(sorted.size());
    for (QuickReply reply : sorted) {
      if (seen.add(List.of(reply.threadId(), reply.messageId()))) {
        unique.add(reply);
      }
    }
    return unique;
  }

  /**
   * For each reply (sorted by time), the most distinct threads in any span of length window that
   * contains it. A best span can always start at a reply's time, so the spans to look at are {@code
   * [at(i), at(i) + window]}: span i holds replies i to end(i) - 1, with end(i) never decreasing in
   * i. Reply k lies in spans i ≤ k with end(i) > k, a range of i that slides to the right as k
   * grows, so a sliding-window maximum gives all answers in linear time.
   */
  private int[] mostThreadsAround(List<QuickReply> sorted) {
    int n = sorted.size();
    int[] spanEnd = new int[n];
    int[] spanThreads = new int[n];
    Map<String, Integer> inSpan = new HashMap<>();
    int end = 0;
    for (int start = 0; start < n; start++) {
      long limit = decidesAt(sorted.get(start));
      while (end < n && sorted.get(end).at() <= limit) {
        inSpan.merge(sorted.get(end).threadId(), 1, Integer::sum);
        end++;
      }
      spanEnd[start] = end;
      spanThreads[start] = inSpan.size();
      inSpan.computeIfPresent(sorted.get(start).threadId(), (t, c) -> c == 1 ? null : c - 1);
    }
    int[] most = new int[n];
    Deque<Integer> candidates = new ArrayDeque<>();
    for (int k = 0; k < n; k++) {
      while (!candidates.isEmpty() && spanThreads[candidates.peekLast()] <= spanThreads[k]) {
        candidates.pollLast();
      }
      candidates.addLast(k);
      while (spanEnd[candidates.peekFirst()] <= k) {
        candidates.pollFirst();
      }
      most[k] = spanThreads[candidates.peekFirst()];
    }
    return most;
  }

  private Breach breach(QuickReply reply, int threads) {
    return new Breach(
        Ids.of(
            "breach", BreachType.AUTOMATED_REPLY, reply.threadId(), reply.messageId(), reply.at()),
        BreachType.AUTOMATED_REPLY,
        reply.sellerId(),
        reply.market(),
        reply.threadId(),
        reply.messageId(),
        null,
        Instant.ofEpochMilli(reply.at()),
        Details.object()
            .put("recognisedBy", "template")
            .put("threads", threads)
            .put("window", windowText)
            .json(),
        null);
  }
}
