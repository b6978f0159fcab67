package com.swopify.slamonitor.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.junit.jupiter.api.Test;

/**
 * Time follows the events while records flow (outOfOrderness 10 s behind them), and once a
 * partition is quiet moves on from its last event at the wall clock's pace (quietLag 1 s behind).
 */
class QuietTimeWatermarksTest {
  private final AtomicLong wallClock = new AtomicLong(1_000_000);
  private final List<Long> emitted = new ArrayList<>();
  private final List<Long> markedIdleAt = new ArrayList<>();
  private final WatermarkOutput output =
      new WatermarkOutput() {
        @Override
        public void emitWatermark(Watermark watermark) {
          emitted.add(watermark.getTimestamp());
        }

        @Override
        public void markIdle() {
          markedIdleAt.add(wallClock.get());
        }

        @Override
        public void markActive() {}
      };
  private final QuietTimeWatermarks<String> watermarks =
      new QuietTimeWatermarks<>(
          Duration.ofSeconds(10), Duration.ofSeconds(5), Duration.ofSeconds(1), wallClock::get);

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
  void onLiveTrafficFollowsTheWallClockOnceQuiet() {
    watermarks.onEvent("a", wallClock.get(), output);
    watermarks.onPeriodicEmit(output);
    wallClock.addAndGet(4_999);
    watermarks.onPeriodicEmit(output);
    wallClock.addAndGet(1);
    watermarks.onPeriodicEmit(output);
    wallClock.addAndGet(60_000);
    watermarks.onPeriodicEmit(output);

    assertThat(emitted)
        .containsExactly(1_000_000L - 10_000 - 1, 1_005_000L - 1_000 - 1, 1_065_000L - 1_000 - 1);
  }

  @Test
  void onceQuietMovesOnFromTheLastEventAtTheWallClocksPace() {
    // An event from 10 s before the wall clock: quiet, time moves on from it, not from the clock.
    watermarks.onEvent("a", 990_000, output);
    wallClock.addAndGet(5_000);
    watermarks.onPeriodicEmit(output);
    wallClock.addAndGet(60_000);
    watermarks.onPeriodicEmit(output);

    assertThat(emitted).containsExactly(995_000L - 1_000 - 1, 1_055_000L - 1_000 - 1);
  }

  @Test
  void aBacklogOfOldEventsFedSlowlyIsNotMadeLate() {
    // Events from a day ago, one a minute apart in event time, arriving every 6 s: each comes
    // after a quiet spell, yet finds the partition's time still behind its event time.
    long eventTime = 1_000_000 - 86_400_000L;
    for (int i = 0; i < 20; i++) {
      long watermark = emitted.isEmpty() ? Long.MIN_VALUE : emitted.get(emitted.size() - 1);
      assertThat(eventTime).as("event %d is in time", i).isGreaterThan(watermark);
      watermarks.onEvent("old", eventTime, output);
      wallClock.addAndGet(6_000);
      watermarks.onPeriodicEmit(output);
      eventTime += 60_000;
    }

    assertThat(emitted).last().isEqualTo(eventTime - 60_000 + 6_000 - 1_000 - 1);
  }

  @Test
  void neverGoesBackWhenRecordsResumeWithOlderTimes() {
    watermarks.onEvent("a", 995_000, output);
    wallClock.addAndGet(10_000);
    watermarks.onPeriodicEmit(output);
    watermarks.onEvent("late", 900_000, output);
    watermarks.onPeriodicEmit(output);

    assertThat(emitted).containsExactly(995_000L + 10_000 - 1_000 - 1);
  }

  @Test
  void withoutRecordsItEmitsNothingAndTurnsIdleAfterIdleAfter() {
    // The source's own generator never sees a record, nor does a partition nobody writes to:
    // a wall-clock watermark from them would make a backlog that another partition has not
    // delivered yet late. Idle, they stop holding the job's time back.
    for (int i = 0; i < 20; i++) {
      wallClock.addAndGet(1_000);
      watermarks.onPeriodicEmit(output);
    }

    assertThat(emitted).isEmpty();
    assertThat(markedIdleAt).containsExactly(1_005_000L);
  }

  @Test
  void aFirstRecordAfterIdlenessBringsItBackWithTheEventsTime() {
    wallClock.addAndGet(6_000);
    watermarks.onPeriodicEmit(output);
    watermarks.onEvent("backlog", 400_000, output);
    watermarks.onPeriodicEmit(output);

    assertThat(markedIdleAt).hasSize(1);
    assertThat(emitted).containsExactly(400_000L - 10_000 - 1);
  }

  @Test
  void aPartitionOfOnlyBrokenRecordsStillFollowsTheWallClockOnceQuiet() {
    watermarks.onEvent("not JSON", Long.MIN_VALUE, output);
    watermarks.onPeriodicEmit(output);
    wallClock.addAndGet(5_000);
    watermarks.onPeriodicEmit(output);

    assertThat(emitted).containsExactly(1_005_000L - 1_000 - 1);
  }

  @Test
  void aBusyPartitionKeepsItsOutOfOrdernessBoundEvenWhenUpToDate() {
    // Records with event times close to the wall clock, one every second: never quiet, so a
    // record up to outOfOrderness out of order is still in time.
    for (int i = 0; i < 10; i++) {
      wallClock.addAndGet(1_000);
      watermarks.onEvent("busy", wallClock.get(), output);
      watermarks.onPeriodicEmit(output);
    }

    assertThat(emitted).last().isEqualTo(1_010_000L - 10_000 - 1);
  }
}
