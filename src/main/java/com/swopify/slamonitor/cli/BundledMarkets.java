package com.swopify.slamonitor.cli;

import com.swopify.slamonitor.calendar.MarketsConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The ten markets of jobs/markets.yaml, packed into the jar so the demo runs anywhere. */
final class BundledMarkets {
  static final String RESOURCE = "/markets.yaml";

  private BundledMarkets() {}

  static MarketsConfig load() {
    try (InputStream in = BundledMarkets.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks its bundled " + RESOURCE);
      }
      return MarketsConfig.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8),
          "bundled markets.yaml");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
