package com.swopify.slamonitor.market;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The ten markets of jobs/markets.yaml, packed into the jar so the demo runs anywhere. */
public final class BundledMarkets {
  public static final String RESOURCE = "/markets.yaml";

  private BundledMarkets() {}

  public static Markets load() {
    try (InputStream in = BundledMarkets.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks its bundled " + RESOURCE);
      }
      return Markets.parse(
          new String(in.readAllBytes(), StandardCharsets.UTF_8), "bundled markets.yaml");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
