package com.swopify.slamonitor.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Meters of one name, registered in the JVM's registry on first use and then kept by their label
 * values: counting an event is a hash lookup on its first label value (a market code or an input
 * name) and an array index for the second, whose values are fixed (an enum's names). The profile
 * showed building a string key per event, and before that a Micrometer id, as a visible share of
 * the reply rules' time (docs/benchmarks.md). One instance per subtask: the cache is not
 * thread-safe, the meters behind it are.
 *
 * <p>Callers pass only market codes and enum names as label values, never ids or text.
 *
 * @param <M> the meter type
 */
final class Meters<M> {
  private final String firstLabel;
  private final String secondLabel;
  private final String[] secondValues;
  private final Function<Tags, M> register;
  private final Map<String, Object[]> rows = new HashMap<>();

  private Meters(
      String firstLabel, String secondLabel, String[] secondValues, Function<Tags, M> register) {
    this.firstLabel = firstLabel;
    this.secondLabel = secondLabel;
    this.secondValues = secondValues;
    this.register = register;
  }

  /** Counters labelled by one label. */
  static Meters<Counter> counters(String name, String description, String label) {
    return new Meters<>(label, null, new String[1], counter(name, description));
  }

  /**
   * Counters labelled by two labels; the second one's value is given by its index into {@code
   * secondValues}.
   */
  static Meters<Counter> counters(
      String name,
      String description,
      String firstLabel,
      String secondLabel,
      String... secondValues) {
    return new Meters<>(firstLabel, secondLabel, secondValues.clone(), counter(name, description));
  }

  /** Timers exposed as Prometheus histograms with exactly the given buckets, by one label. */
  static Meters<Timer> histograms(
      String name, String description, Duration[] buckets, String label) {
    return new Meters<>(label, null, new String[1], histogram(name, description, buckets));
  }

  /** Registers (or finds) the counter of a name with the given tags. */
  static Function<Tags, Counter> counter(String name, String description) {
    return tags ->
        Counter.builder(name)
            .description(description)
            .tags(tags)
            .register(MonitorMetrics.registry());
  }

  /**
   * Registers (or finds) the timer of a name, exposed as a histogram with exactly these buckets.
   */
  static Function<Tags, Timer> histogram(String name, String description, Duration[] buckets) {
    return tags ->
        Timer.builder(name)
            .description(description)
            .serviceLevelObjectives(buckets)
            .tags(tags)
            .register(MonitorMetrics.registry());
  }

  /** The names of an enum's constants, in ordinal order: second label values by ordinal. */
  static String[] names(Enum<?>[] constants) {
    String[] names = new String[constants.length];
    for (Enum<?> constant : constants) {
      names[constant.ordinal()] = constant.name();
    }
    return names;
  }

  /** Registers the meters of these first label values with every second label value. */
  void registerAll(Iterable<String> firstValues) {
    for (String firstValue : firstValues) {
      for (int i = 0; i < secondValues.length; i++) {
        of(firstValue, i);
      }
    }
  }

  /** The meter of a first label value, for meters with one label. */
  M of(String firstValue) {
    return of(firstValue, 0);
  }

  /** The meter of a first label value and the second label's value at {@code secondIndex}. */
  @SuppressWarnings("unchecked")
  M of(String firstValue, int secondIndex) {
    Object[] row = rows.get(firstValue);
    if (row == null) {
      row = new Object[secondValues.length];
      rows.put(firstValue, row);
    }
    Object meter = row[secondIndex];
    if (meter == null) {
      Tags tags = Tags.of(firstLabel, firstValue);
      if (secondLabel != null) {
        tags = tags.and(secondLabel, secondValues[secondIndex]);
      }
      meter = register.apply(tags);
      row[secondIndex] = meter;
    }
    return (M) meter;
  }
}
