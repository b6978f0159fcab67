package com.swopify.slamonitor.metrics;

import io.micrometer.core.instrument.Gauge;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The open and overdue waits of one subtask of the reply-SLA function, per market, behind the
 * gauges {@code helpdesk_sla_waits_open} and {@code helpdesk_sla_waits_overdue}.
 *
 * <p>Gauges must stay right across restarts, so they cannot count events since the process started.
 * Each subtask keeps its counts next to its keyed state, checkpoints them as operator state ({@link
 * #snapshot}) in the same checkpoint as the threads they describe, and adds them back on restore
 * ({@link #restore}). After a rescale the entries are spread over the new subtasks without regard
 * to keys, so one subtask's count can go negative when a wait it did not count is answered; the
 * sums over subtasks, which is what the gauges report, stay exact.
 *
 * <p>A gauge is the sum over the tallies alive in this JVM; a closed tally (its subtask ended or
 * failed) no longer contributes, and its successor restores the checkpointed counts.
 */
public final class WaitTally implements AutoCloseable {
  private static final Set<WaitTally> LIVE = ConcurrentHashMap.newKeySet();
  private static final Set<String> GAUGED_MARKETS = ConcurrentHashMap.newKeySet();

  /** Written by the subtask's thread, read by the HTTP server's: hence atomics. */
  private static final class Counts {
    final AtomicLong open = new AtomicLong();
    final AtomicLong overdue = new AtomicLong();
  }

  private final Map<String, Counts> byMarket = new ConcurrentHashMap<>();

  private WaitTally() {}

  /** A new, empty tally that the JVM's gauges include until it is closed. */
  public static WaitTally open() {
    WaitTally tally = new WaitTally();
    LIVE.add(tally);
    return tally;
  }

  void opened(String market) {
    counts(market).open.incrementAndGet();
  }

  void becameOverdue(String market) {
    counts(market).overdue.incrementAndGet();
  }

  /** A wait ended with a reply; a late reply ends a wait that was overdue. */
  void answered(String market, boolean wasOverdue) {
    Counts counts = counts(market);
    counts.open.decrementAndGet();
    if (wasOverdue) {
      counts.overdue.decrementAndGet();
    }
  }

  /** The counts to checkpoint, one entry per market. */
  public List<MarketWaits> snapshot() {
    List<MarketWaits> entries = new ArrayList<>(byMarket.size());
    byMarket.forEach(
        (market, counts) ->
            entries.add(new MarketWaits(market, counts.open.get(), counts.overdue.get())));
    return entries;
  }

  /** Adds checkpointed counts; after a rescale one subtask may receive several per market. */
  public void restore(Iterable<MarketWaits> entries) {
    for (MarketWaits entry : entries) {
      Counts counts = counts(entry.market());
      counts.open.addAndGet(entry.open());
      counts.overdue.addAndGet(entry.overdue());
    }
  }

  @Override
  public void close() {
    LIVE.remove(this);
  }

  private Counts counts(String market) {
    Counts counts = byMarket.get(market);
    if (counts == null) {
      counts = byMarket.computeIfAbsent(market, m -> new Counts());
      registerGauges(market);
    }
    return counts;
  }

  private static void registerGauges(String market) {
    if (!GAUGED_MARKETS.add(market)) {
      return;
    }
    gauge(MonitorMetrics.WAITS_OPEN, "Threads awaiting a seller reply", market, c -> c.open);
    gauge(
        MonitorMetrics.WAITS_OVERDUE,
        "Threads awaiting a reply past their deadline",
        market,
        c -> c.overdue);
  }

  private static void gauge(
      String name, String description, String market, Function<Counts, AtomicLong> field) {
    Gauge.builder(name, () -> sum(market, field))
        .description(description)
        .tag("market", market)
        .register(MonitorMetrics.registry());
  }

  private static long sum(String market, Function<Counts, AtomicLong> field) {
    long sum = 0;
    for (WaitTally tally : LIVE) {
      Counts counts = tally.byMarket.get(market);
      if (counts != null) {
        sum += field.apply(counts).get();
      }
    }
    return sum;
  }
}
