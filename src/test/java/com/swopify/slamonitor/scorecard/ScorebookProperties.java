package com.swopify.slamonitor.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.events.BreachType;
import com.swopify.slamonitor.events.WaitOutcome;
import com.swopify.slamonitor.market.Markets;
import com.swopify.slamonitor.scorecard.ReferenceScorecards.Item;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The scorebooks' records against {@link ReferenceScorecards} (contract section 10 by its
 * definitions) on generated histories: bursts of activity with quiet stretches shorter and longer
 * than 90 days, so that the 7-, 30- and 90-day windows open and close, records stop and start again
 * with no previous grade; the markets' own {@code scorecard:} keys, drawn at random, grade. The
 * items arrive either day by day with each day closed before the next, or shuffled before anything
 * closes: the records are the same.
 */
class ScorebookProperties {
  private static final LocalDate FIRST_DAY = LocalDate.parse("2026-01-05");
  private static final double[] RATES = {0.0, 0.5, 0.8, 0.9, 0.95, 0.975, 1.0};
  private static final WaitOutcome.Kind[] KINDS = WaitOutcome.Kind.values();

  @Property(tries = 200)
  void recordsFollowTheContractsDefinitions(@ForAll long seed, @ForAll boolean dayByDay) {
    Random random = new Random(seed);
    Markets markets = markets(random);
    List<Item> items = history(random);
    LocalDate lastClosed = FIRST_DAY.plusDays(random.nextInt(560));

    List<SellerScore> expected =
        ReferenceScorecards.of(items, markets, (market, day) -> !day.isAfter(lastClosed));
    List<SellerScore> actual =
        dayByDay
            ? closingDayByDay(items, lastClosed, markets)
            : closingAtTheEnd(items, random, lastClosed, markets);

    assertThat(actual).as("seed %d", seed).isEqualTo(expected);
  }

  /** Two markets: one with scorecard keys of its own, one with the defaults. */
  private static Markets markets(Random random) {
    double good = RATES[random.nextInt(RATES.length)];
    double atRisk = Math.min(good, RATES[random.nextInt(RATES.length)]);
    return Markets.parse(
        String.format(
            Locale.ROOT,
            """
        markets:
          XA:
            timeZone: Europe/Bratislava
            languages: [sk]
            scorecard: {minWaits: %d, good: %s, atRisk: %s}
          XB: {timeZone: Europe/Bucharest, languages: [ro]}
        """,
            random.nextInt(16),
            good,
            atRisk),
        "scorecard test markets");
  }

  /** Bursts of busy days per seller and market, apart by a few days to several months. */
  private static List<Item> history(Random random) {
    List<Item> items = new ArrayList<>();
    for (String seller : List.of("s-1", "s-2")) {
      for (String market : List.of("XA", "XB")) {
        int day = random.nextInt(40);
        for (int burst = random.nextInt(4); burst > 0; burst--) {
          int length = 1 + random.nextInt(45);
          for (int d = day; d < day + length; d++) {
            if (random.nextInt(3) == 0) {
              continue; // a quiet day inside the burst
            }
            for (int n = random.nextInt(8); n > 0; n--) {
              items.add(item(random, seller, market, FIRST_DAY.plusDays(d)));
            }
          }
          day += length + random.nextInt(160);
        }
      }
    }
    return items;
  }

  private static Item item(Random random, String seller, String market, LocalDate day) {
    if (random.nextInt(8) == 0) {
      BreachType[] types = BreachType.values();
      return Item.breach(seller, market, day, types[random.nextInt(types.length)]);
    }
    // Mostly replies in time, so that grades above POOR come up.
    WaitOutcome.Kind kind =
        random.nextInt(3) > 0
            ? WaitOutcome.Kind.REPLIED_IN_TIME
            : KINDS[random.nextInt(KINDS.length)];
    return Item.outcome(seller, market, day, kind, random.nextInt(200_000_000));
  }

  /** Event time moves a day at a time: each day is closed before the next day's items come. */
  private static List<SellerScore> closingDayByDay(
      List<Item> items, LocalDate lastClosed, Markets markets) {
    List<Item> ordered = new ArrayList<>(items);
    ordered.sort(Comparator.comparing(Item::day));
    Map<String, Scorebook> books = new TreeMap<>();
    List<SellerScore> out = new ArrayList<>();
    for (Item item : ordered) {
      long closedThrough = Math.min(item.day().toEpochDay() - 1, lastClosed.toEpochDay());
      books.forEach((key, book) -> close(book, key, closedThrough, markets, out));
      add(books.computeIfAbsent(key(item), k -> new Scorebook()), item);
    }
    books.forEach((key, book) -> close(book, key, lastClosed.toEpochDay(), markets, out));
    return sorted(out);
  }

  /** Everything arrives, in any order, before event time closes any day. */
  private static List<SellerScore> closingAtTheEnd(
      List<Item> items, Random random, LocalDate lastClosed, Markets markets) {
    List<Item> shuffled = new ArrayList<>(items);
    Collections.shuffle(shuffled, random);
    Map<String, Scorebook> books = new TreeMap<>();
    for (Item item : shuffled) {
      add(books.computeIfAbsent(key(item), k -> new Scorebook()), item);
    }
    List<SellerScore> out = new ArrayList<>();
    books.forEach((key, book) -> close(book, key, lastClosed.toEpochDay(), markets, out));
    return sorted(out);
  }

  private static String key(Item item) {
    return item.sellerId() + "|" + item.market();
  }

  private static void add(Scorebook book, Item item) {
    if (item.breach() != null) {
      book.add(item.breach(), item.day(), true);
    } else {
      book.add(
          new WaitOutcome(
              item.outcome(), item.sellerId(), item.market(), 0L, item.businessMillis()),
          item.day(),
          true);
    }
  }

  private static void close(
      Scorebook book, String key, long through, Markets markets, List<SellerScore> out) {
    String seller = key.split("\\|")[0];
    String market = key.split("\\|")[1];
    book.closeThrough(through, seller, market, markets.market(market).scorecard(), out::add);
  }

  private static List<SellerScore> sorted(List<SellerScore> scores) {
    List<SellerScore> sorted = new ArrayList<>(scores);
    sorted.sort(
        Comparator.comparing(SellerScore::sellerId)
            .thenComparing(SellerScore::market)
            .thenComparing(SellerScore::day));
    return sorted;
  }
}
