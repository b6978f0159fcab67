package com.swopify.slamonitor.kafka;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.flink.api.common.operators.ProcessingTimeService.ProcessingTimeCallback;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeutils.base.LongSerializer;
import org.apache.flink.runtime.state.StateInitializationContext;
import org.apache.flink.runtime.state.StateSnapshotContext;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.runtime.watermarkstatus.WatermarkStatus;

/**
 * Keeps the job's time moving after a restore when no record comes. Watermarks are not part of
 * Flink's state, and a partition's watermark generator knows its time only from the records it
 * sees: restored with no new input, every partition would stay silent, turn idle, and the restored
 * deadlines would never fall.
 *
 * <p>So this operator, right after the source, checkpoints how far its time stood behind the wall
 * clock ({@code watermark - wall clock} at the snapshot; union state, so any parallelism can
 * restore it). Restored, once it knows that there is no backlog to wait for, and no record has
 * reached it, it moves time on from there at the wall clock's pace, the way a quiet partition does:
 * deadlines that fell while the job was down fire at once, later ones on time. It takes the
 * smallest of the restored offsets, as the job's time was the least of its subtasks'. Once a record
 * comes, the partitions' own watermarks take over (they never go back).
 *
 * <p>No backlog is a fact to establish, not to guess from silence: a restore while the broker is
 * down (the job fails over because its broker crashed) sees no record for as long as the outage
 * lasts, and time moved on meanwhile would make the records between the checkpoint and the crash
 * late. So it asks the brokers ({@link InputBacklog}) and moves time only when they say every input
 * partition's end is committed, or when a broker that answers still has a backlog but no record has
 * come for {@code 10 x idleAfter} (the backlog lies behind the restored positions, because the
 * checkpoint completed and the crash came before its offsets were committed).
 */
public final class RestoredTime<T> extends AbstractStreamOperator<T>
    implements OneInputStreamOperator<T, T>, ProcessingTimeCallback {
  private static final long serialVersionUID = 1L;
  private static final long TICK_MILLIS = 200;
  private static final long ASK_EVERY_MILLIS = 1_000;
  private static final int BACKLOG_PATIENCE = 10;

  private final long idleAfter;
  private final InputBacklog backlog;
  private transient Executor asker;
  private transient ExecutorService ownAsker;
  private transient CompletableFuture<InputBacklog.Answer> asking;
  private transient long askedAt;
  private transient long backlogSeenAt;
  private transient boolean backlogCleared;
  private transient ListState<Long> behindWallClock;
  private transient Long restoredOffset;
  private transient long openedAt;
  private transient boolean recordSeen;
  private transient boolean upstreamIdle;
  private transient long emitted;

  public RestoredTime(Duration idleAfter, InputBacklog backlog) {
    this(idleAfter, backlog, null);
  }

  /** With the brokers asked on {@code asker}; null: a thread of its own. */
  RestoredTime(Duration idleAfter, InputBacklog backlog, Executor asker) {
    this.idleAfter = idleAfter.toMillis();
    this.backlog = backlog;
    this.asker = asker;
  }

  @Override
  public void initializeState(StateInitializationContext context) throws Exception {
    super.initializeState(context);
    emitted = Long.MIN_VALUE;
    behindWallClock =
        context
            .getOperatorStateStore()
            .getUnionListState(
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
    backlogSeenAt = Long.MIN_VALUE;
    askedAt = Long.MIN_VALUE;
    if (restoredOffset != null) {
      if (asker == null) {
        ownAsker =
            Executors.newSingleThreadExecutor(
                runnable -> {
                  Thread thread = new Thread(runnable, "restored-time backlog check");
                  thread.setDaemon(true);
                  return thread;
                });
        asker = ownAsker;
      }
      getProcessingTimeService().registerTimer(openedAt + TICK_MILLIS, this);
    }
  }

  @Override
  public void close() throws Exception {
    if (ownAsker != null) {
      ownAsker.shutdownNow();
    }
    backlog.close();
    super.close();
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
    if (now - openedAt >= idleAfter && noBacklog(now) && now + restoredOffset > emitted) {
      emitted = now + restoredOffset;
      output.emitWatermark(new Watermark(emitted));
    }
    getProcessingTimeService().registerTimer(now + TICK_MILLIS, this);
  }

  /**
   * Whether the brokers have said there is no backlog to wait for; asks them, at most each second.
   */
  private boolean noBacklog(long now) {
    if (backlogCleared) {
      return true;
    }
    if (asking != null && asking.isDone()) {
      InputBacklog.Answer answer = asking.join();
      asking = null;
      switch (answer) {
        case NONE -> backlogCleared = true;
        case SOME -> {
          if (backlogSeenAt == Long.MIN_VALUE) {
            backlogSeenAt = now;
          }
          backlogCleared = now - backlogSeenAt >= BACKLOG_PATIENCE * idleAfter;
        }
        case UNKNOWN -> backlogSeenAt = Long.MIN_VALUE;
      }
      if (backlogCleared) {
        return true;
      }
    }
    if (asking == null && (askedAt == Long.MIN_VALUE || now - askedAt >= ASK_EVERY_MILLIS)) {
      askedAt = now;
      asking = CompletableFuture.supplyAsync(backlog::check, asker);
    }
    return false;
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
