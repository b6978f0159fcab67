package com.swopify.slamonitor.kafka;

import java.time.Duration;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeutils.base.LongSerializer;
import org.apache.flink.runtime.state.StateInitializationContext;
import org.apache.flink.runtime.state.StateSnapshotContext;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.api.common.operators.ProcessingTimeService.ProcessingTimeCallback;
import org.apache.flink.streaming.runtime.watermarkstatus.WatermarkStatus;

/**
 * Keeps the job's time moving after a restore when no record comes. Watermarks are not part of
 * Flink's state, and a partition's watermark generator knows its time only from the records it
 * sees: restored with no new input, every partition would stay silent, turn idle, and the
 * restored deadlines would never fall.
 *
 * <p>So this operator, right after the source, checkpoints how far its time stood behind the wall
 * clock ({@code watermark - wall clock} at the snapshot; union state, so any parallelism can
 * restore it). Restored, if no record reaches it within {@code idleAfter} (there is no backlog to
 * wait for), it moves time on from there at the wall clock's pace, the way a quiet partition
 * does: deadlines that fell while the job was down fire at once, later ones on time. It takes the
 * smallest of the restored offsets, as the job's time was the least of its subtasks'. Once a
 * record comes, the partitions' own watermarks take over (they never go back).
 */
public final class RestoredTime<T> extends AbstractStreamOperator<T>
    implements OneInputStreamOperator<T, T>, ProcessingTimeCallback {
  private static final long serialVersionUID = 1L;
  private static final long TICK_MILLIS = 200;

  private final long idleAfter;
  private transient ListState<Long> behindWallClock;
  private transient Long restoredOffset;
  private transient long openedAt;
  private transient boolean recordSeen;
  private transient boolean upstreamIdle;
  private transient long emitted;

  public RestoredTime(Duration idleAfter) {
    this.idleAfter = idleAfter.toMillis();
  }

  @Override
  public void initializeState(StateInitializationContext context) throws Exception {
    super.initializeState(context);
    emitted = Long.MIN_VALUE;
    behindWallClock = context.getOperatorStateStore().getUnionListState(
        new ListStateDescriptor<>("time-behind-wall-clock", LongSerializer.INSTANCE));
    if (context.isRestored()) {
      for (Long offset : behindWallClock.get()) {
        restoredOffset = restoredOffset == null ? offset : Math.min(restoredOffset, offset);
      }
    }
  }

  @Override
  public void open() throws Exception {
    super.open();
    openedAt = getProcessingTimeService().getCurrentProcessingTime();
    if (restoredOffset != null) {
      getProcessingTimeService().registerTimer(openedAt + TICK_MILLIS, this);
    }
  }

  @Override
  public void processElement(StreamRecord<T> element) {
    recordSeen = true;
    output.collect(element);
  }

  @Override
  public void processWatermark(Watermark mark) {
    if (mark.getTimestamp() > emitted) {
      emitted = mark.getTimestamp();
      output.emitWatermark(mark);
    }
  }

  @Override
  public void processWatermarkStatus(WatermarkStatus status) {
    upstreamIdle = status.isIdle();
    if (!keepsTime()) {
      output.emitWatermarkStatus(status);
    }
  }

  @Override
  public void onProcessingTime(long now) {
    if (!keepsTime()) {
      if (upstreamIdle) {
        output.emitWatermarkStatus(WatermarkStatus.IDLE);
      }
      return;
    }
    if (now - openedAt >= idleAfter && now + restoredOffset > emitted) {
      emitted = now + restoredOffset;
      output.emitWatermark(new Watermark(emitted));
    }
    getProcessingTimeService().registerTimer(now + TICK_MILLIS, this);
  }

  /** Whether this operator, not the partitions, moves time: restored, and no record yet. */
  private boolean keepsTime() {
    return restoredOffset != null && !recordSeen;
  }

  @Override
  public void snapshotState(StateSnapshotContext context) throws Exception {
    super.snapshotState(context);
    behindWallClock.clear();
    if (emitted != Long.MIN_VALUE) {
      behindWallClock.add(emitted - getProcessingTimeService().getCurrentProcessingTime());
    } else if (restoredOffset != null) {
      behindWallClock.add(restoredOffset);
    }
  }
}
