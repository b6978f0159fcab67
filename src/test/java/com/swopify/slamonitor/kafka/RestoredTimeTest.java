package com.swopify.slamonitor.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/**
 * After a restore without input, time moves on only once the brokers have said there is no backlog:
 * silence during a broker outage is no proof, and time moved on over an unread backlog would make
 * its records late.
 */
class RestoredTimeTest {
  private static final Duration IDLE_AFTER = Duration.ofSeconds(3);
  private static final long SNAPSHOT_WALL = 1_000_000L;
  private static final long SNAPSHOT_WATERMARK = 500_000L;

  /** Answers in turn; the last one for ever after. Asked on the test's thread. */
  private static final class ScriptedBacklog implements InputBacklog {
    private final Deque<Answer> answers;
    private int asked;

    ScriptedBacklog(Answer... answers) {
      this.answers = new ArrayDeque<>(List.of(answers));
    }

    @Override
    public Answer check() {
      asked++;
      return answers.size() > 1 ? answers.poll() : answers.peek();
    }
  }

  @Test
  void withNoBacklogTimeMovesOnFromTheRestoredOffsetAtTheWallClocksPace() throws Exception {
    try (OneInputStreamOperatorTestHarness<String, String> restored =
        restore(new ScriptedBacklog(InputBacklog.Answer.NONE), SNAPSHOT_WALL + 60_000)) {
      tickUntil(restored, SNAPSHOT_WALL + 60_000 + IDLE_AFTER.toMillis() + 1_000);
      assertThat(lastWatermark(restored))
          .isEqualTo(SNAPSHOT_WATERMARK + 60_000 + IDLE_AFTER.toMillis() + 1_000);
    }
  }

  @Test
  void whileNoBrokerAnswersTimeStands() throws Exception {
    ScriptedBacklog backlog = new ScriptedBacklog(InputBacklog.Answer.UNKNOWN);
    try (OneInputStreamOperatorTestHarness<String, String> restored =
        restore(backlog, SNAPSHOT_WALL)) {
      tickUntil(restored, SNAPSHOT_WALL + 100 * IDLE_AFTER.toMillis());
      assertThat(lastWatermark(restored)).isNull();
      assertThat(backlog.asked).as("asked again and again").isGreaterThan(10);
    }
  }

  @Test
  void aBacklogIsWaitedForAndItsRecordsHandTimeToThePartitions() throws Exception {
    ScriptedBacklog backlog =
        new ScriptedBacklog(
            InputBacklog.Answer.UNKNOWN, InputBacklog.Answer.UNKNOWN, InputBacklog.Answer.SOME);
    try (OneInputStreamOperatorTestHarness<String, String> restored =
        restore(backlog, SNAPSHOT_WALL)) {
      tickUntil(restored, SNAPSHOT_WALL + 5 * IDLE_AFTER.toMillis());
      assertThat(lastWatermark(restored)).isNull();
      restored.processElement(new StreamRecord<>("late record", SNAPSHOT_WATERMARK + 10));
      tickUntil(restored, SNAPSHOT_WALL + 100 * IDLE_AFTER.toMillis());
      assertThat(lastWatermark(restored)).as("the record's partition keeps time now").isNull();
      restored.processWatermark(new Watermark(SNAPSHOT_WATERMARK + 5));
      assertThat(lastWatermark(restored)).isEqualTo(SNAPSHOT_WATERMARK + 5);
    }
  }

  @Test
  void aBacklogThatNoRecordComesFromForLongLiesBehindTheRestoredPositions() throws Exception {
    ScriptedBacklog backlog = new ScriptedBacklog(InputBacklog.Answer.SOME);
    try (OneInputStreamOperatorTestHarness<String, String> restored =
        restore(backlog, SNAPSHOT_WALL)) {
      tickUntil(restored, SNAPSHOT_WALL + 9 * IDLE_AFTER.toMillis());
      assertThat(lastWatermark(restored)).isNull();
      tickUntil(restored, SNAPSHOT_WALL + 12 * IDLE_AFTER.toMillis());
      assertThat(lastWatermark(restored)).isNotNull();
    }
  }

  @Test
  void aJobStartedWithoutStateNeverAsks() throws Exception {
    ScriptedBacklog backlog = new ScriptedBacklog(InputBacklog.Answer.NONE);
    try (OneInputStreamOperatorTestHarness<String, String> fresh = harness(backlog)) {
      fresh.setProcessingTime(SNAPSHOT_WALL);
      fresh.open();
      tickUntil(fresh, SNAPSHOT_WALL + 10 * IDLE_AFTER.toMillis());
      assertThat(lastWatermark(fresh)).isNull();
      assertThat(backlog.asked).isZero();
    }
  }

  private static OneInputStreamOperatorTestHarness<String, String> restore(
      InputBacklog backlog, long restartedAt) throws Exception {
    OperatorSubtaskState snapshot;
    try (OneInputStreamOperatorTestHarness<String, String> first =
        harness(new ScriptedBacklog(InputBacklog.Answer.NONE))) {
      first.setProcessingTime(SNAPSHOT_WALL);
      first.open();
      first.processWatermark(new Watermark(SNAPSHOT_WATERMARK));
      snapshot = first.snapshot(1, SNAPSHOT_WALL);
    }
    OneInputStreamOperatorTestHarness<String, String> restored = harness(backlog);
    restored.setProcessingTime(restartedAt);
    restored.initializeState(snapshot);
    restored.open();
    return restored;
  }

  private static OneInputStreamOperatorTestHarness<String, String> harness(InputBacklog backlog)
      throws Exception {
    return new OneInputStreamOperatorTestHarness<>(
        new RestoredTime<>(IDLE_AFTER, backlog, Runnable::run));
  }

  private static void tickUntil(
      OneInputStreamOperatorTestHarness<String, String> harness, long until) throws Exception {
    for (long now = harness.getProcessingTime() + 200; now <= until; now += 200) {
      harness.setProcessingTime(now);
    }
  }

  private static Long lastWatermark(OneInputStreamOperatorTestHarness<String, String> harness) {
    Long last = null;
    for (Object element : harness.getOutput()) {
      if (element instanceof Watermark watermark) {
        last = watermark.getTimestamp();
      }
    }
    return last;
  }
}
