package com.swopify.slamonitor.detect.contact;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a pattern matches in a text, found in one pass and then asked many times: a reply with
 * hundreds of messenger names must not be searched again for every one of them.
 */
final class Spans {
  private final int[] starts;
  private final int[] ends;
  private final int count;

  private Spans(int[] starts, int[] ends, int count) {
    this.starts = starts;
    this.ends = ends;
    this.count = count;
  }

  static Spans of(Pattern pattern, String text) {
    int[] starts = new int[8];
    int[] ends = new int[8];
    int count = 0;
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
        ends = Arrays.copyOf(ends, count * 2);
      }
      starts[count] = matcher.start();
      ends[count] = matcher.end();
      count++;
    }
    return new Spans(starts, ends, count);
  }

  /** Whether a match lies wholly inside {@code [from, to)}. */
  boolean anyWithin(int from, int to) {
    int i = firstStartingAtOrAfter(from);
    return i < count && ends[i] <= to;
  }

  /** The end of the last match wholly inside {@code [from, to)}, or {@code from} if none. */
  int lastEndWithin(int from, int to) {
    int i = firstStartingAtOrAfter(to) - 1;
    while (i >= 0 && ends[i] > to) {
      i--;
    }
    return i >= 0 && starts[i] >= from ? ends[i] : from;
  }

  /** The start of the first match wholly inside {@code [from, to)}, or {@code to} if none. */
  int firstStartWithin(int from, int to) {
    int i = firstStartingAtOrAfter(from);
    return i < count && ends[i] <= to ? starts[i] : to;
  }

  int count() {
    return count;
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  /** The index of the first match starting at or after {@code position}, or {@link #count()}. */
  int firstStartingAtOrAfter(int position) {
    int i = Arrays.binarySearch(starts, 0, count, position);
    if (i < 0) {
      return -i - 1;
    }
    // Matches do not overlap, so starts are distinct.
    return i;
  }
}
