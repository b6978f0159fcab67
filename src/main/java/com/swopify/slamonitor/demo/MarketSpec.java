package com.swopify.slamonitor.demo;

import java.time.ZoneId;
import java.util.Objects;

/**
 * A market as the generator sees it: where its sellers live (the zone their day follows), the
 * language they and their buyers write, and how large the market is relative to the others.
 */
public record MarketSpec(String code, ZoneId zone, String language, double weight) {

  public MarketSpec {
    Objects.requireNonNull(zone, "zone");
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("a market needs a code, e.g. SK");
    }
    if (language == null || language.isBlank()) {
      throw new IllegalArgumentException("market " + code + " needs a language, e.g. sk");
    }
    if (!(weight > 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException(
          "market " + code + " needs a positive finite weight, got " + weight);
    }
  }

  public static MarketSpec of(String code, String zone, String language, double weight) {
    return new MarketSpec(code, ZoneId.of(zone), language, weight);
  }
}
