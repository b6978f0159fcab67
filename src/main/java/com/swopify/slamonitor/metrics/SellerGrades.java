package com.swopify.slamonitor.metrics;

import com.swopify.slamonitor.scorecard.Grade;
import com.swopify.slamonitor.scorecard.SellerScore;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The scorecard metrics of one subtask of the seller-score function: how many sellers hold each
 * grade per market (gauge {@code helpdesk_sla_seller_grades}: sellers whose latest daily record has
 * that grade; a seller without a record for the last closed day has none) and how many grades
 * changed (counter {@code helpdesk_sla_seller_grade_changes_total}, by market and direction).
 * Seller ids never become labels.
 *
 * <p>The gauge must stay right across restarts, like the open waits ({@link WaitTally}): each
 * subtask checkpoints its counts as operator state ({@link #snapshot}) and adds them back on
 * restore; after a rescale one subtask's count may go negative, the sums over subtasks, which the
 * gauge reports, stay exact. A closed tally (its subtask ended) no longer counts.
 */
public final class SellerGrades implements AutoCloseable {
  /** The {@code direction} label of the grade changes, indexed by the constants below. */
  static final String[] DIRECTIONS = {"down", "up", "to_no_data", "from_no_data"};

  private static final int DOWN = 0;
  private static final int UP = 1;
  private static final int TO_NO_DATA = 2;
  private static final int FROM_NO_DATA = 3;

  private static final Set<SellerGrades> LIVE = ConcurrentHashMap.newKeySet();
  private static final Set<String> GAUGED_MARKETS = ConcurrentHashMap.newKeySet();
  private static final Grade[] GRADES = Grade.values();

  /** Sellers per grade ordinal, by market; written by the subtask, read by the HTTP server. */
  private final Map<String, AtomicLongArray> byMarket = new ConcurrentHashMap<>();

  private final Meters<Counter> changes = changeCounters();

  /**
   * The sellers of one market with one grade, as one subtask counted them (its checkpointed form).
   */
  public record Entry(String market, String grade, long sellers) {}

  private SellerGrades() {}

  /** A new, empty tally that the JVM's gauges include until it is closed. */
  public static SellerGrades open() {
    SellerGrades tally = new SellerGrades();
    LIVE.add(tally);
    return tally;
  }

  /** Registers the gauges and the change counters of these markets, at 0. */
  static void registerAtZero(Collection<String> markets) {
    markets.forEach(SellerGrades::registerGauges);
    changeCounters().registerAll(markets);
  }

  /** A record went out: counts its grade change, if any. */
  public void recorded(SellerScore score) {
    Grade before = score.previousGrade();
    Grade after = score.grade();
    if (before == null || before == after) {
      return;
    }
    int direction =
        after == Grade.NO_DATA
            ? TO_NO_DATA
            : before == Grade.NO_DATA
                ? FROM_NO_DATA
                : after.ordinal() > before.ordinal() ? DOWN : UP;
    changes.of(score.market(), direction).increment();
  }

  /**
   * A seller's current grade in a market moved from {@code before} to {@code after} (null: no
   * current grade), once the day's records are out.
   */
  public void moved(String market, Grade before, Grade after) {
    if (before == after) {
      return;
    }
    AtomicLongArray counts = counts(market);
    if (before != null) {
      counts.decrementAndGet(before.ordinal());
    }
    if (after != null) {
      counts.incrementAndGet(after.ordinal());
    }
  }

  /** The counts to checkpoint, one entry per market and grade with sellers. */
  public List<Entry> snapshot() {
    List<Entry> entries = new ArrayList<>();
    byMarket.forEach(
        (market, counts) -> {
          for (Grade grade : GRADES) {
            long sellers = counts.get(grade.ordinal());
            if (sellers != 0) {
              entries.add(new Entry(market, grade.name(), sellers));
            }
          }
        });
    return entries;
  }

  /** Adds checkpointed counts; after a rescale one subtask may receive several per market. */
  public void restore(Iterable<Entry> entries) {
    for (Entry entry : entries) {
      counts(entry.market()).addAndGet(Grade.valueOf(entry.grade()).ordinal(), entry.sellers());
    }
  }

  @Override
  public void close() {
    LIVE.remove(this);
  }

  private AtomicLongArray counts(String market) {
    AtomicLongArray counts = byMarket.get(market);
    if (counts == null) {
      counts = byMarket.computeIfAbsent(market, m -> new AtomicLongArray(GRADES.length));
      registerGauges(market);
    }
    return counts;
  }

  private static Meters<Counter> changeCounters() {
    return Meters.counters(
        MonitorMetrics.SELLER_GRADE_CHANGES,
        "Sellers' daily grade changes: down (worse), up (better), to or from NO_DATA",
        "market",
        "direction",
        DIRECTIONS);
  }

  private static void registerGauges(String market) {
    if (!GAUGED_MARKETS.add(market)) {
      return;
    }
    for (Grade grade : GRADES) {
      Gauge.builder(MonitorMetrics.SELLER_GRADES, () -> sum(market, grade))
          .description("Sellers by the grade of their latest daily scorecard")
          .tags("market", market, "grade", grade.name())
          .register(MonitorMetrics.registry());
    }
  }

  private static long sum(String market, Grade grade) {
    long sum = 0;
    for (SellerGrades tally : LIVE) {
      AtomicLongArray counts = tally.byMarket.get(market);
      if (counts != null) {
        sum += counts.get(grade.ordinal());
      }
    }
    return sum;
  }
}
