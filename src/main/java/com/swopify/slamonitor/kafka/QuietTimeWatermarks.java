package com.swopify.slamonitor.kafka;

import java.time.Duration;
import java.util.function.LongSupplier;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;

/**
 * Watermarks of one Kafka partition that keep time moving when traffic is quiet.
 *
 * <p>While records arrive, time follows the events: the watermark trails the largest event time
 * seen by {@code outOfOrderness}. Once the partition has delivered nothing for {@code idleAfter}
 * of wall-clock time (it is caught up and quiet), time follows the wall clock instead, trailing
 * it by {@code outOfOrderness}, so that deadlines fall on a quiet Sunday too. A partition with a
 * backlog is never idle, so catching up still runs on event time.
 *
 * <p>The trade-off: an event that arrives after the wall clock moved past its event time is late.
 * The job still judges it by its event time where it can; see docs/design.md.
 */
public final class QuietTimeWatermarks<T> implements WatermarkGenerator<T> {
  private final long outOfOrderness;
  private final long idleAfter;
  private final LongSupplier wallClock;
  private long maxEventTime = Long.MIN_VALUE;
  private long lastRecordAt;
  private long emitted = Long.MIN_VALUE;

  public QuietTimeWatermarks(Duration outOfOrderness, Duration idleAfter, LongSupplier wallClock) {
    this.outOfOrderness = outOfOrderness.toMillis();
    this.idleAfter = idleAfter.toMillis();
    this.wallClock = wallClock;
    this.lastRecordAt = wallClock.getAsLong();
  }

  @Override
  public void onEvent(T event, long eventTime, WatermarkOutput output) {
    lastRecordAt = wallClock.getAsLong();
    if (eventTime != Long.MIN_VALUE) {
      maxEventTime = Math.max(maxEventTime, eventTime);
    }
  }

  @Override
  public void onPeriodicEmit(WatermarkOutput output) {
    long now = wallClock.getAsLong();
    long byEvents = maxEventTime == Long.MIN_VALUE ? Long.MIN_VALUE
        : maxEventTime - outOfOrderness - 1;
    long next = now - lastRecordAt >= idleAfter
        ? Math.max(byEvents, now - outOfOrderness - 1) : byEvents;
    if (next > emitted) {
      emitted = next;
      output.emitWatermark(new Watermark(next));
    }
  }
}
