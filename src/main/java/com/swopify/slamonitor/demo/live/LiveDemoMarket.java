package com.swopify.slamonitor.demo.live;

import com.swopify.slamonitor.demo.GeneratorSettings;
import com.swopify.slamonitor.demo.MarketSpec;
import com.swopify.slamonitor.market.Market;
import com.swopify.slamonitor.market.Markets;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The live demo's one market (the bundled live-demo-markets.yaml: XD, open around the clock, a
 * reply SLA of seconds) and the generated marketplace that plays in it.
 */
public final class LiveDemoMarket {
  static final String RESOURCE = "/live-demo-markets.yaml";
  static final String CODE = "XD";

  /** The generator's sellers take their time relative to an SLA of 24 business hours. */
  static final Duration GENERATED_SLA = Duration.ofHours(24);

  /**
   * Threads opened per generated day; with the SLA of 30 seconds, about 100 a minute live: enough
   * for the rarer outputs (a reply in the wrong language, an off-platform contact, an unflagged
   * automated reply) to come in the first two minutes, few enough to read the lines.
   */
  static final int THREADS_PER_GENERATED_DAY = 50;

  /** A Monday morning, as the day's traffic picks up. */
  static final Instant GENERATED_START = Instant.parse("2026-10-05T06:00:00Z");

  private final Markets markets;
  private final Market market;

  private LiveDemoMarket(Markets markets) {
    this.markets = markets;
    this.market = markets.market(CODE);
  }

  public static LiveDemoMarket load() {
    try (InputStream in = LiveDemoMarket.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks its bundled " + RESOURCE);
      }
      return new LiveDemoMarket(
          Markets.parse(
              new String(in.readAllBytes(), StandardCharsets.UTF_8), "bundled " + RESOURCE));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Markets markets() {
    return markets;
  }

  public Duration replyWithin() {
    return market.reply().replyWithin();
  }

  /** How much faster than generated the traffic plays: the generator's SLA in the market's. */
  public long speedup() {
    return GENERATED_SLA.dividedBy(market.reply().replyWithin());
  }

  public TimeLapse lapse(Instant liveStart) {
    return new TimeLapse(GENERATED_START, liveStart, speedup());
  }

  /** A marketplace of {@code sellers} in this market, long enough for {@code liveSpan}. */
  public GeneratorSettings generatorSettings(int sellers, long seed, Duration liveSpan) {
    Duration generated = liveSpan.multipliedBy(speedup());
    long days = generated.toDays() + 1;
    int weeks = Math.toIntExact((days + 6) / 7);
    int threads = Math.toIntExact(7L * weeks * THREADS_PER_GENERATED_DAY);
    MarketSpec spec = new MarketSpec(CODE, market.zone(), market.languages().get(0), 1);
    return new GeneratorSettings(sellers, threads, seed, GENERATED_START, weeks, List.of(spec));
  }
}
