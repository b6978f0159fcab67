package com.swopify.slamonitor.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Picks items with fixed relative weights. The items keep the order they were added in, so a seed
 * always picks the same items (no hash order involved).
 */
final class WeightedChoice<T> {
  private final List<T> items;
  private final double[] cumulative;

  private WeightedChoice(List<T> items, double[] cumulative) {
    this.items = items;
    this.cumulative = cumulative;
  }

  static <T> Builder<T> builder() {
    return new Builder<>();
  }

  T pick(SplittableRandom rng) {
    double x = rng.nextDouble() * cumulative[cumulative.length - 1];
    int found = Arrays.binarySearch(cumulative, x);
    // The item whose cumulative weight first exceeds x; weights are positive, so it is unique.
    int index = found >= 0 ? found + 1 : -found - 1;
    return items.get(Math.min(index, items.size() - 1));
  }

  static final class Builder<T> {
    private final List<T> items = new ArrayList<>();
    private final List<Double> weights = new ArrayList<>();

    Builder<T> add(T item, double weight) {
      if (!(weight > 0) || Double.isInfinite(weight)) {
        throw new IllegalArgumentException(
            "weight of " + item + " must be positive, got " + weight);
      }
      items.add(item);
      weights.add(weight);
      return this;
    }

    WeightedChoice<T> build() {
      if (items.isEmpty()) {
        throw new IllegalStateException("nothing to choose from");
      }
      double[] cumulative = new double[weights.size()];
      double sum = 0;
      for (int i = 0; i < cumulative.length; i++) {
        sum += weights.get(i);
        cumulative[i] = sum;
      }
      return new WeightedChoice<>(List.copyOf(items), cumulative);
    }
  }
}
