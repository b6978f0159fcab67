package com.swopify.slamonitor.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.junit.jupiter.api.Test;

/** Time follows the events while records flow, and the wall clock once a partition is quiet. */
class QuietTimeWatermarksTest {
  private final AtomicLong wallClock = new AtomicLong(1_000_000);
  private final List<Long> emitted = new ArrayList<>();
  private final WatermarkOutput output = new WatermarkOutput() {
    @Override
    public void emitWatermark(Watermark watermark) {
      emitted.add(watermark.getTimestamp());
    }

    @Override
    public void markIdle() {}

    @Override
    public void markActive() {}
  };
  private final QuietTimeWatermarks<String> watermarks = new QuietTimeWatermarks<>(
      Duration.ofSeconds(10), Duration.ofSeconds(5), wallClock::get);

  @Test
  void followsTheEventsWhileRecordsArrive() {
    watermarks.onEvent("a", 500_000, output);
    watermarks.onPeriodicEmit(output);
    wallClock.addAndGet(4_000);
    watermarks.onEvent("b", 520_000, output);
    watermarks.onPeriodicEmit(output);

    // A backlog from long ago: time stays with the events, far behind the wall clock.
    assertThat(emitted).containsExactly(500_000L - 10_000 - 1, 520_000L - 10_000 - 1);
  }

  @Test
  void followsTheWallClockOnceQuiet() {
    watermarks.onEvent("a", 990_000, output);
    watermarks.onPeriodicEmit(output);
    wallClock.addAndGet(4_999);
    watermarks.onPeriodicEmit(output);
    wallClock.addAndGet(1);
    watermarks.onPeriodicEmit(output);
    wallClock.addAndGet(60_000);
    watermarks.onPeriodicEmit(output);

    assertThat(emitted).containsExactly(
        990_000L - 10_000 - 1,
        1_005_000L - 10_000 - 1,
        1_065_000L - 10_000 - 1);
  }

  @Test
  void neverGoesBackWhenRecordsResumeWithOlderTimes() {
    wallClock.addAndGet(10_000);
    watermarks.onPeriodicEmit(output);
    watermarks.onEvent("late", 900_000, output);
    watermarks.onPeriodicEmit(output);

    assertThat(emitted).containsExactly(1_010_000L - 10_000 - 1);
  }
}
