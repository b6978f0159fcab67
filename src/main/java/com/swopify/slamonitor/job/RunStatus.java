package com.swopify.slamonitor.job;

import com.swopify.slamonitor.kafka.GroupProgress;
import com.swopify.slamonitor.metrics.MonitorMetrics;
import io.micrometer.core.instrument.Counter;
import java.io.PrintWriter;
import java.time.Duration;

/**
 * The line a live {@code run} prints every {@link #EVERY}: records read (committed with the
 * checkpoints since the start), alerts and breaches emitted by this process, and the records
 * waiting in the input topics. Counts only; never a text or an id.
 */
public final class RunStatus implements AutoCloseable {
  public static final Duration EVERY = Duration.ofMinutes(1);

  private final GroupProgress progress;
  private final PrintWriter out;
  private Long committedAtStart;
  private long nextAt;

  public RunStatus(GroupProgress progress, PrintWriter out) {
    this.progress = progress;
    this.out = out;
    this.committedAtStart = committed();
    this.nextAt = System.nanoTime() + EVERY.toNanos();
  }

  /** The group's committed offsets, or null if Kafka does not tell (no topics yet, no answer). */
  private Long committed() {
    try {
      return progress.offsets().committed();
    } catch (Exception e) {
      return null;
    }
  }

  public void maybePrint() {
    if (System.nanoTime() < nextAt) {
      return;
    }
    nextAt = System.nanoTime() + EVERY.toNanos();
    String kafka;
    try {
      GroupProgress.Offsets offsets = progress.offsets();
      if (committedAtStart == null) {
        committedAtStart = offsets.committed();
      }
      kafka = "records in " + (offsets.committed() - committedAtStart) + ", lag " + offsets.lag();
    } catch (Exception e) {
      kafka = "records in ?, lag ? (Kafka did not answer)";
    }
    out.println(
        "run: status: "
            + kafka
            + ", alerts "
            + total(MonitorMetrics.ALERTS)
            + ", breaches "
            + total(MonitorMetrics.BREACHES));
    out.flush();
  }

  private static long total(String counter) {
    return Math.round(
        MonitorMetrics.registry().find(counter).counters().stream()
            .mapToDouble(Counter::count)
            .sum());
  }

  @Override
  public void close() {
    progress.close();
  }
}
