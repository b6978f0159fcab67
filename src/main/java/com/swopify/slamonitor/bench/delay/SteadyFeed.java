package com.swopify.slamonitor.bench.delay;

import com.swopify.slamonitor.kafka.InputFeed;
import com.swopify.slamonitor.kafka.Topics;
import java.time.Duration;
import java.time.Instant;

/**
 * Sends {@link SteadyTraffic} tick by tick on a fixed schedule until stopped; probes between ticks
 * {@code probeFrom} (inclusive) and {@code probeUntil}. A tick that comes late is sent at once, so
 * the average rate holds while the broker or the machine hiccups.
 */
final class SteadyFeed implements Runnable, AutoCloseable {
  /** A tick's records leave together; waiting longer would only add to the measured delay. */
  private static final Duration LINGER = Duration.ofMillis(2);

  private final InputFeed feed;
  private final SteadyTraffic traffic;
  private final long probeFrom;
  private final long probeUntil;
  private volatile long probes;
  private volatile Instant started;

  SteadyFeed(
      String bootstrapServers,
      Topics topics,
      SteadyTraffic traffic,
      long probeFrom,
      long probeUntil) {
    this.feed = InputFeed.connect(bootstrapServers, topics, LINGER);
    this.traffic = traffic;
    this.probeFrom = probeFrom;
    this.probeUntil = probeUntil;
  }

  @Override
  public void run() {
    Instant start = Instant.now();
    started = start;
    try {
      for (long tick = 0; !Thread.currentThread().isInterrupted(); tick++) {
        InputFeed.waitUntil(start.plusMillis(tick * SteadyTraffic.TICK_MILLIS));
        boolean probing = tick >= probeFrom && tick < probeUntil;
        for (SteadyTraffic.Send send : traffic.tick(tick, probing, Instant.now())) {
          if (SteadyTraffic.isProbe(send.key())) {
            probes++;
          }
          feed.send(send.source(), send.key(), send.value());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Sends one record now, outside the schedule. */
  void sendNow(SteadyTraffic.Send send) {
    feed.send(send.source(), send.key(), send.value());
    feed.flush();
  }

  /** Records the broker acknowledged. */
  long sent() {
    return feed.acknowledged();
  }

  /** Probe threads opened. */
  long probes() {
    return probes;
  }

  long failed() {
    return feed.failed();
  }

  /** When sending began; null before. */
  Instant started() {
    return started;
  }

  @Override
  public void close() {
    feed.close();
  }
}
