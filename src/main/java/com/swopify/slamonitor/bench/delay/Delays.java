package com.swopify.slamonitor.bench.delay;

import java.util.Arrays;

/**
 * Delays in milliseconds, summarised by nearest-rank percentiles: the p99 of 600 delays is the
 * 594th smallest, a delay that really happened, not an interpolation.
 */
public final class Delays {
  private long[] millis = new long[64];
  private int count;

  synchronized void add(long delayMillis) {
    if (count == millis.length) {
      millis = Arrays.copyOf(millis, count * 2);
    }
    millis[count++] = delayMillis;
  }

  public synchronized int count() {
    return count;
  }

  /** The nearest-rank percentile ({@code 0 < p <= 100}); 0 when there are no delays. */
  public synchronized long percentile(double p) {
    if (p <= 0 || p > 100) {
      throw new IllegalArgumentException("percentile must be in (0, 100], was " + p);
    }
    if (count == 0) {
      return 0;
    }
    long[] sorted = Arrays.copyOf(millis, count);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100 * count);
    return sorted[Math.max(rank, 1) - 1];
  }

  public synchronized long max() {
    return count == 0 ? 0 : percentile(100);
  }
}
