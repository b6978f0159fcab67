package com.swopify.slamonitor.calendar;

import java.util.BitSet;

/**
 * A market's business time for one year, precomputed so that a per-event operation is a binary
 * search plus a short gallop. Immutable, hence safe to share between threads.
 *
 * <p>The table covers the instants {@code [lo, hi)}, from the start of 1 January of {@code year} in
 * the market's zone to the start of the next 1 January. Business intervals are disjoint,
 * non-touching, sorted and clipped to that range; {@code cumBefore[i]} is the business time in
 * {@code [lo, starts[i])}. It also records which local dates of the year are business days.
 */
final class YearTable {
  /** Returned by {@link #addWithin} when the clock runs past the end of the table. */
  static final long NOT_HERE = Long.MIN_VALUE;

  final int year;
  final long lo;
  final long hi;
  private final long[] starts;
  private final long[] ends;
  private final long[] cumBefore; // length n + 1; cumBefore[n] is the year's total
  private final BitSet businessDays; // bit d-1 for day-of-year d

  YearTable(int year, long lo, long hi, long[] starts, long[] ends, BitSet businessDays) {
    this.year = year;
    this.lo = lo;
    this.hi = hi;
    this.starts = starts;
    this.ends = ends;
    this.businessDays = businessDays;
    this.cumBefore = new long[starts.length + 1];
    for (int i = 0; i < starts.length; i++) {
      cumBefore[i + 1] = cumBefore[i] + (ends[i] - starts[i]);
    }
  }

  boolean covers(long t) {
    return t >= lo && t < hi;
  }

  /** Total business time of the table. */
  long total() {
    return cumBefore[starts.length];
  }

  /** Business time in {@code [lo, t)}, for {@code lo <= t <= hi}. */
  long businessBefore(long t) {
    int i = lastStartAtOrBefore(t);
    return i < 0 ? 0 : cumBefore[i] + Math.min(t, ends[i]) - starts[i];
  }

  /**
   * {@code add(t, d)} when its answer lies in this table ({@code lo <= t < hi}, {@code d > 0}),
   * else {@link #NOT_HERE}. The search for the end starts from t's interval, because a reply
   * deadline is usually a few intervals ahead, not anywhere in the year.
   */
  long addWithin(long t, long d) {
    int i = lastStartAtOrBefore(t);
    long before = i < 0 ? 0 : cumBefore[i] + Math.min(t, ends[i]) - starts[i];
    if (d > total() - before) {
      return NOT_HERE;
    }
    return instantAfterBusiness(before + d, Math.max(i, 0));
  }

  /**
   * The earliest instant {@code u} with {@code businessBefore(u) == k}, for {@code 0 < k <=
   * total()}, looking from interval {@code from} on (which must not lie after the answer). When
   * {@code k} ends exactly at a closing, that closing is returned, not the next opening.
   */
  long instantAfterBusiness(long k, int from) {
    int last = starts.length - 1;
    // Gallop to an interval whose end reaches k, then binary-search the last step.
    int low = from;
    int step = 1;
    int high = Math.min(from, last);
    while (cumBefore[high + 1] < k) {
      low = high + 1;
      high = Math.min(high + step, last);
      step <<= 1;
    }
    // smallest i in [low, high] with cumBefore[i + 1] >= k
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (cumBefore[mid + 1] >= k) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return starts[low] + (k - cumBefore[low]);
  }

  /** Whether some business time of this table lies at or after t. */
  boolean hasOpeningAtOrAfter(long t) {
    return starts.length > 0 && ends[starts.length - 1] > t;
  }

  /**
   * Requires {@link #hasOpeningAtOrAfter}: t itself when inside an interval, else the next start.
   */
  long openingAtOrAfter(long t) {
    int i = lastStartAtOrBefore(t);
    if (i >= 0 && t < ends[i]) {
      return t;
    }
    return starts[i + 1];
  }

  boolean isBusinessDay(int dayOfYear) {
    return businessDays.get(dayOfYear - 1);
  }

  /** Business days among the days of year {@code [fromDay, toDay]}. */
  int businessDays(int fromDay, int toDay) {
    return businessDays.get(fromDay - 1, toDay).cardinality();
  }

  /** Index of the last interval starting at or before t, or -1. */
  private int lastStartAtOrBefore(long t) {
    int low = 0;
    int high = starts.length - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (starts[mid] <= t) {
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return high;
  }
}
