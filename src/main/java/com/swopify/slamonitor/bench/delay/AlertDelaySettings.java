package com.swopify.slamonitor.bench.delay;

import java.time.Duration;

/**
 * What {@code bench --alert-delay} measures under.
 *
 * @param eventsPerSecond background load: buyer messages and seller replies together
 * @param probesPerSecond unanswered probe threads opened per second while probing
 * @param warmUp load before the first probe, so that the job runs warm
 * @param probing how long probes are opened
 * @param replyWithin the bench market's reply SLA; the run lasts warmUp + probing + this + a tail
 * @param outOfOrderness the job's watermark lag on busy partitions (its setting of that name)
 * @param parallelism the job's parallelism and the input topics' partitions
 * @param bootstrapServers a broker to use; null starts a dev-kafka broker in this process
 */
public record AlertDelaySettings(
    int eventsPerSecond,
    int probesPerSecond,
    Duration warmUp,
    Duration probing,
    Duration replyWithin,
    Duration outOfOrderness,
    int parallelism,
    String bootstrapServers) {
  /**
   * The load the alert-delay goal is set for (docs/benchmarks.md): 20 000 events/s; probes for a
   * minute after half a minute of warm-up.
   */
  public static final int DEFAULT_EVENTS_PER_SECOND = 20_000;

  /**
   * Alerts within seconds need time to follow the events closely; records of one partition come in
   * the order the Helpdesk sent them, give or take the producers' clocks.
   */
  public static final Duration DEFAULT_OUT_OF_ORDERNESS = Duration.ofSeconds(1);

  public AlertDelaySettings {
    // The same limits the steady traffic enforces, checked before any broker or job starts.
    new SteadyTraffic(eventsPerSecond, probesPerSecond);
    for (Duration d : new Duration[] {warmUp, probing, replyWithin}) {
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException("durations must be positive, was " + d);
      }
    }
    if (outOfOrderness.isNegative()) {
      throw new IllegalArgumentException(
          "--out-of-orderness must not be negative, was " + outOfOrderness);
    }
    if (parallelism < 1) {
      throw new IllegalArgumentException("--parallelism must be at least 1, was " + parallelism);
    }
  }

  public static AlertDelaySettings defaults(int parallelism, String bootstrapServers) {
    return new AlertDelaySettings(
        DEFAULT_EVENTS_PER_SECOND,
        10,
        Duration.ofSeconds(30),
        Duration.ofSeconds(60),
        Duration.ofMinutes(1),
        DEFAULT_OUT_OF_ORDERNESS,
        parallelism,
        bootstrapServers);
  }

  public AlertDelaySettings withEventsPerSecond(int rate) {
    return new AlertDelaySettings(
        rate,
        probesPerSecond,
        warmUp,
        probing,
        replyWithin,
        outOfOrderness,
        parallelism,
        bootstrapServers);
  }

  public AlertDelaySettings withOutOfOrderness(Duration lag) {
    return new AlertDelaySettings(
        eventsPerSecond,
        probesPerSecond,
        warmUp,
        probing,
        replyWithin,
        lag,
        parallelism,
        bootstrapServers);
  }
}
