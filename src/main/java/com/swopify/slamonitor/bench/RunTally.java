package com.swopify.slamonitor.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/**
 * What one benchmark job counted, shared between its tasks and the bench through a static registry:
 * the embedded Flink runs its tasks in the bench's JVM, and a registry read after the job costs the
 * job nothing per record, unlike accumulators or metrics. Tasks add their counts once, when they
 * close.
 *
 * <p>Timing lives here too: the job's processing time runs from the first source reader's start to
 * the last sink writer's close, so that starting and stopping the embedded cluster, which a
 * long-running job pays once, is not counted per event.
 */
final class RunTally {
  private static final Map<String, RunTally> RUNS = new ConcurrentHashMap<>();

  private final Map<String, LongAdder> counters = new ConcurrentHashMap<>();
  private final LongAccumulator firstStart = new LongAccumulator(Math::min, Long.MAX_VALUE);
  private final LongAccumulator lastEnd = new LongAccumulator(Math::max, Long.MIN_VALUE);

  private RunTally() {}

  static RunTally open(String runId) {
    RunTally tally = new RunTally();
    if (RUNS.putIfAbsent(runId, tally) != null) {
      throw new IllegalStateException("run " + runId + " is already registered");
    }
    return tally;
  }

  static RunTally of(String runId) {
    RunTally tally = RUNS.get(runId);
    if (tally == null) {
      throw new IllegalStateException("no bench run " + runId + " in this JVM");
    }
    return tally;
  }

  static void close(String runId) {
    RUNS.remove(runId);
  }

  void add(String counter, long amount) {
    counters.computeIfAbsent(counter, name -> new LongAdder()).add(amount);
  }

  long count(String counter) {
    LongAdder adder = counters.get(counter);
    return adder == null ? 0 : adder.sum();
  }

  void started(long nanos) {
    firstStart.accumulate(nanos);
  }

  void ended(long nanos) {
    lastEnd.accumulate(nanos);
  }

  /** Nanoseconds from the first reader's start to the last writer's close. */
  long elapsedNanos() {
    long start = firstStart.get();
    long end = lastEnd.get();
    if (start == Long.MAX_VALUE || end == Long.MIN_VALUE) {
      throw new IllegalStateException("the run has not started and ended");
    }
    return end - start;
  }
}
