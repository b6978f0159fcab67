package com.swopify.slamonitor.scorecard;

import com.swopify.slamonitor.events.BreachType;
import com.swopify.slamonitor.events.WaitOutcome;
import com.swopify.slamonitor.market.Markets;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiPredicate;

/**
 * Contract section 10 by its definitions, independent of {@link Scorebook}: every day of every
 * seller and market, every window summed from scratch over single items; the grade from the exact
 * ratio, the previous grade from the record of the day before.
 */
public final class ReferenceScorecards {
  /**
   * A decided wait or a reply ({@code outcome}), or a breach ({@code breach}), on the market-local
   * day it counts on.
   */
  public record Item(
      String sellerId,
      String market,
      LocalDate day,
      WaitOutcome.Kind outcome,
      BreachType breach,
      long businessMillis) {
    public static Item outcome(
        String sellerId, String market, LocalDate day, WaitOutcome.Kind kind, long businessMillis) {
      return new Item(sellerId, market, day, kind, null, businessMillis);
    }

    public static Item breach(String sellerId, String market, LocalDate day, BreachType type) {
      return new Item(sellerId, market, day, null, type, 0);
    }
  }

  private ReferenceScorecards() {}

  /**
   * The records, ordered by seller, market and day.
   *
   * @param closed whether a market's day has ended for the run (its record is due)
   */
  public static List<SellerScore> of(
      List<Item> items, Markets markets, BiPredicate<String, LocalDate> closed) {
    Map<String, List<Item>> bySellerAndMarket = new TreeMap<>();
    for (Item item : items) {
      bySellerAndMarket
          .computeIfAbsent(item.sellerId() + "|" + item.market(), k -> new ArrayList<>())
          .add(item);
    }
    List<SellerScore> records = new ArrayList<>();
    bySellerAndMarket.forEach(
        (key, list) -> {
          String seller = list.get(0).sellerId();
          String market = list.get(0).market();
          TreeSet<LocalDate> days = new TreeSet<>();
          list.forEach(item -> days.add(item.day()));
          Grade previous = null;
          for (LocalDate d = days.first();
              !d.isAfter(days.last().plusDays(89));
              d = d.plusDays(1)) {
            if (!closed.test(market, d)) {
              break;
            }
            ScoreWindow[] windows = new ScoreWindow[3];
            for (int w = 0; w < 3; w++) {
              windows[w] = window(list, d.minusDays(SellerScore.WINDOW_DAYS[w] - 1), d);
            }
            if (windows[2].waits() + windows[2].markedWaits() == 0 && !anyBreach(windows[2])) {
              previous = null;
              continue;
            }
            Grade grade = grade(windows[1], markets.market(market).scorecard());
            records.add(
                new SellerScore(
                    seller, market, d, windows[0], windows[1], windows[2], grade, previous));
            previous = grade;
          }
        });
    records.sort(
        Comparator.comparing(SellerScore::sellerId)
            .thenComparing(SellerScore::market)
            .thenComparing(SellerScore::day));
    return records;
  }

  /** The grade by section 10, on exact fractions: onTime / waits ≥ x as onTime ≥ x × waits. */
  static Grade grade(ScoreWindow p30d, ScorecardSettings s) {
    if (p30d.waits() == 0 || p30d.waits() < s.minWaits()) {
      return Grade.NO_DATA;
    }
    BigDecimal onTime = BigDecimal.valueOf(p30d.onTime());
    BigDecimal waits = BigDecimal.valueOf(p30d.waits());
    if (onTime.compareTo(new BigDecimal(Double.toString(s.good())).multiply(waits)) >= 0) {
      return Grade.GOOD;
    }
    return onTime.compareTo(new BigDecimal(Double.toString(s.atRisk())).multiply(waits)) >= 0
        ? Grade.AT_RISK
        : Grade.POOR;
  }

  private static boolean anyBreach(ScoreWindow window) {
    for (BreachType type : BreachType.values()) {
      if (window.breaches(type) > 0) {
        return true;
      }
    }
    return false;
  }

  private static ScoreWindow window(List<Item> items, LocalDate from, LocalDate to) {
    long late = 0;
    long onTime = 0;
    long marked = 0;
    long replies = 0;
    long millis = 0;
    long[] breaches = new long[BreachType.values().length];
    for (Item item : items) {
      if (item.day().isBefore(from) || item.day().isAfter(to)) {
        continue;
      }
      if (item.breach() != null) {
        breaches[item.breach().ordinal()]++;
        continue;
      }
      switch (item.outcome()) {
        case OVERDUE -> late++;
        case MARKED -> marked++;
        case REPLIED_IN_TIME -> {
          onTime++;
          replies++;
          millis += item.businessMillis();
        }
        case REPLIED_LATE -> {
          replies++;
          millis += item.businessMillis();
        }
      }
    }
    return new ScoreWindow(late + onTime, onTime, marked, replies, millis, breaches);
  }
}
