package com.swopify.slamonitor.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Looks meters up in the JVM's registry and remembers them, so that counting an event is a hash
 * lookup on a short string rather than building a Micrometer id. One instance per subtask: the
 * caches are not thread-safe, the meters behind them are.
 *
 * <p>Label values are passed as (key, value) pairs; callers pass only market codes and enum
 * names, never ids or text.
 */
final class Meters {
  private final Map<String, Counter> counters = new HashMap<>();
  private final Map<String, Timer> timers = new HashMap<>();

  Counter counter(String name, String description, String... tags) {
    return counters.computeIfAbsent(key(name, tags), k -> Counter.builder(name)
        .description(description)
        .tags(tags)
        .register(MonitorMetrics.registry()));
  }

  /** A timer exposed as a Prometheus histogram with exactly the given buckets. */
  Timer histogram(String name, String description, Duration[] buckets, String... tags) {
    return timers.computeIfAbsent(key(name, tags), k -> Timer.builder(name)
        .description(description)
        .serviceLevelObjectives(buckets)
        .tags(tags)
        .register(MonitorMetrics.registry()));
  }

  private static String key(String name, String[] tags) {
    return tags.length == 0 ? name : name + '|' + String.join("|", tags);
  }
}
