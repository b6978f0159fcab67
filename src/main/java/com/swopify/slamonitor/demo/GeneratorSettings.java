package com.swopify.slamonitor.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What to generate: how many sellers and threads, over which period, in which markets, from which
 * seed. The same settings always give byte-identical output.
 *
 * <p>The upper bounds keep a typo (an extra zero or three) from exhausting memory: the generator
 * holds every line until it writes them.
 */
public record GeneratorSettings(
    int sellers, int threads, long seed, Instant start, int weeks, List<MarketSpec> markets) {

  public static final int DEFAULT_SELLERS = 300;
  public static final int DEFAULT_THREADS = 30_000;
  public static final long DEFAULT_SEED = 42;
  public static final Instant DEFAULT_START = Instant.parse("2026-10-05T00:00:00Z");
  public static final int DEFAULT_WEEKS = 6;

  public static final int MAX_SELLERS = 1_000_000;
  public static final int MAX_THREADS = 2_000_000;
  public static final int MAX_WEEKS = 520;

  /** The ten markets, weighted so that SK, CZ, HU, PL and RO carry most sellers. */
  public static final List<MarketSpec> DEFAULT_MARKETS =
      List.of(
          MarketSpec.of("SK", "Europe/Bratislava", "sk", 20),
          MarketSpec.of("CZ", "Europe/Prague", "cs", 20),
          MarketSpec.of("HU", "Europe/Budapest", "hu", 15),
          MarketSpec.of("PL", "Europe/Warsaw", "pl", 15),
          MarketSpec.of("RO", "Europe/Bucharest", "ro", 15),
          MarketSpec.of("DE", "Europe/Berlin", "de", 4),
          MarketSpec.of("AT", "Europe/Vienna", "de", 4),
          MarketSpec.of("HR", "Europe/Zagreb", "hr", 3),
          MarketSpec.of("SI", "Europe/Ljubljana", "sl", 2),
          MarketSpec.of("BG", "Europe/Sofia", "bg", 2));

  public GeneratorSettings {
    requireWithin("number of sellers", sellers, MAX_SELLERS);
    requireWithin("number of threads", threads, MAX_THREADS);
    requireWithin("number of weeks", weeks, MAX_WEEKS);
    if (start == null) {
      throw new IllegalArgumentException("a start instant is required, e.g. 2026-10-05T00:00:00Z");
    }
    if (markets == null || markets.isEmpty()) {
      throw new IllegalArgumentException("at least one market is required");
    }
    markets = List.copyOf(markets);
    Set<String> codes = new HashSet<>();
    for (MarketSpec market : markets) {
      if (!codes.add(market.code())) {
        throw new IllegalArgumentException("market " + market.code() + " is listed twice");
      }
    }
  }

  public static GeneratorSettings defaults() {
    return new GeneratorSettings(
        DEFAULT_SELLERS,
        DEFAULT_THREADS,
        DEFAULT_SEED,
        DEFAULT_START,
        DEFAULT_WEEKS,
        DEFAULT_MARKETS);
  }

  public GeneratorSettings withSellers(int sellers) {
    return new GeneratorSettings(sellers, threads, seed, start, weeks, markets);
  }

  public GeneratorSettings withThreads(int threads) {
    return new GeneratorSettings(sellers, threads, seed, start, weeks, markets);
  }

  public GeneratorSettings withSeed(long seed) {
    return new GeneratorSettings(sellers, threads, seed, start, weeks, markets);
  }

  public GeneratorSettings withStart(Instant start) {
    return new GeneratorSettings(sellers, threads, seed, start, weeks, markets);
  }

  public GeneratorSettings withWeeks(int weeks) {
    return new GeneratorSettings(sellers, threads, seed, start, weeks, markets);
  }

  public GeneratorSettings withMarkets(List<MarketSpec> markets) {
    return new GeneratorSettings(sellers, threads, seed, start, weeks, markets);
  }

  /** The end of the period, exclusive: every generated event happens before it. */
  public Instant end() {
    return start.plus(Duration.ofDays(7L * weeks));
  }

  /** The market with this code; the list is short, so a scan is all it takes. */
  public MarketSpec market(String code) {
    for (MarketSpec market : markets) {
      if (market.code().equals(code)) {
        return market;
      }
    }
    throw new IllegalArgumentException("unknown market " + code);
  }

  private static void requireWithin(String what, int value, int max) {
    if (value < 1 || value > max) {
      throw new IllegalArgumentException(what + " must be between 1 and " + max + ", got " + value);
    }
  }
}
