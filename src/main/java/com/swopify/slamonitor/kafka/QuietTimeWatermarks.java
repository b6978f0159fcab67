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
 * seen by {@code outOfOrderness}. Once the partition has delivered nothing for {@code idleAfter} of
 * wall-clock time (it is caught up and quiet), time moves on at the pace of the wall clock: from
 * that largest event time plus the wall-clock time elapsed since its record arrived, less {@code
 * quietLag}. On live traffic (event times close to the wall clock) that is the wall clock less
 * {@code quietLag}, so deadlines fall on a quiet Sunday too, and within seconds; a backlog of old
 * events fed in slowly is not made late all at once, as a jump to the wall clock would. A partition
 * with a backlog is never idle, so catching up still runs on event time.
 *
 * <p>The two bounds differ because they guard different things: {@code outOfOrderness} is how far
 * records of a busy partition may come out of order; {@code quietLag} is how long a record may take
 * from its event time to the partition after a quiet spell (producer and broker latency). A record
 * that comes later than that is late: the quiet partition's time has passed its event time. See
 * docs/kafka.md.
 *
 * <p>A generator that has not seen a record emits no watermark, and after {@code idleAfter} marks
 * itself idle. Flink runs one generator per partition, created when the partition is assigned, and
 * one for the source as a whole, which never sees a record (Kafka records go through the
 * partitions' outputs) but whose watermarks reach the job all the same. Until a partition's first
 * record comes, it holds the job's time back, so that a backlog the consumer has not fetched yet is
 * not made late by the wall clock; once idle, an empty partition (a topic nobody writes to) no
 * longer holds time back, and the source's own generator never moves it.
 */
public final class QuietTimeWatermarks<T> implements WatermarkGenerator<T> {
  private static final long NO_RECORD = Long.MIN_VALUE;

  private final long outOfOrderness;
  private final long idleAfter;
  private final long quietLag;
  private final LongSupplier wallClock;
  private long maxEventTime = Long.MIN_VALUE;
  private long maxEventArrivedAt;
  private final long createdAt;
  private long lastRecordAt = NO_RECORD;
  private long emitted = Long.MIN_VALUE;
  private boolean markedIdle;

  public QuietTimeWatermarks(
      Duration outOfOrderness, Duration idleAfter, Duration quietLag, LongSupplier wallClock) {
    this.outOfOrderness = outOfOrderness.toMillis();
    this.idleAfter = idleAfter.toMillis();
    this.quietLag = quietLag.toMillis();
    this.wallClock = wallClock;
    this.createdAt = wallClock.getAsLong();
  }

  @Override
  public void onEvent(T event, long eventTime, WatermarkOutput output) {
    lastRecordAt = wallClock.getAsLong();
    if (eventTime != Long.MIN_VALUE && eventTime > maxEventTime) {
      maxEventTime = eventTime;
      maxEventArrivedAt = lastRecordAt;
    }
  }

  @Override
  public void onPeriodicEmit(WatermarkOutput output) {
    long now = wallClock.getAsLong();
    if (lastRecordAt == NO_RECORD) {
      if (!markedIdle && now - createdAt >= idleAfter) {
        markedIdle = true;
        output.markIdle();
      }
      return;
    }
    long next = now - lastRecordAt >= idleAfter ? quietTime(now) : byEvents();
    if (next > emitted) {
      emitted = next;
      output.emitWatermark(new Watermark(next));
    }
  }

  private long byEvents() {
    return maxEventTime == Long.MIN_VALUE ? Long.MIN_VALUE : maxEventTime - outOfOrderness - 1;
  }

  /** The time of a quiet partition; one of only unparseable records follows the wall clock. */
  private long quietTime(long now) {
    long lastEvent = maxEventTime == Long.MIN_VALUE ? now : maxEventTime;
    long since = maxEventTime == Long.MIN_VALUE ? 0 : now - maxEventArrivedAt;
    return Math.max(byEvents(), lastEvent + since - quietLag - 1);
  }
}
