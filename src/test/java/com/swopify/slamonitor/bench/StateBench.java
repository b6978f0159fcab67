package com.swopify.slamonitor.bench;

import com.swopify.slamonitor.calendar.CalendarChange;
import com.swopify.slamonitor.events.Alert;
import com.swopify.slamonitor.events.ThreadEvent;
import com.swopify.slamonitor.flink.SlaSettings;
import com.swopify.slamonitor.flink.ThreadSlaHarness;
import com.swopify.slamonitor.market.MarketRulebook;
import com.swopify.slamonitor.market.Markets;
import com.swopify.slamonitor.metrics.MetricsServer;
import com.swopify.slamonitor.sla.ReplySla;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.runtime.state.StateBackend;
import org.apache.flink.runtime.state.hashmap.HashMapStateBackend;
import org.apache.flink.runtime.state.storage.FileSystemCheckpointStorage;
import org.apache.flink.state.rocksdb.EmbeddedRocksDBStateBackend;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;

/**
 * What open threads cost in a checkpoint, and how long that checkpoint takes to write and to
 * restore, with heap and with RocksDB state. The real reply-SLA operator ({@link
 * ThreadSlaFunction}) runs in Flink's operator test harness with the real state backend and a
 * file-system checkpoint storage: {@code threads} buyer messages, one per thread within one hour,
 * are decided (every wait open with its deadlines ahead, one timer per thread), then the operator
 * is checkpointed, and a new operator instance is restored from that checkpoint. The heap it holds
 * then is measured too: Flink's own state map and timers, not an approximation.
 *
 * <p>A measurement tool, run with {@code bench/state.sh} (the RocksDB backend is a test-scope
 * dependency, not in the shipped jar); {@code StateBenchIT} runs it small and checks that the
 * restored operator decides what the original would have. The times are single measurements on one
 * thread, not averages.
 */
final class StateBench {
  private static final Instant FIRST_MESSAGE = Instant.parse("2026-10-05T06:00:00Z");
  private static final long SPREAD_MILLIS = Duration.ofHours(1).toMillis();

  /** Far enough for every deadline of every wait to pass, and their ids to be forgotten. */
  static final long LONG_AFTER = FIRST_MESSAGE.toEpochMilli() + Duration.ofDays(90).toMillis();

  /**
   * The state setups measured: the backend by the name the job's configuration uses, and whether
   * snapshots are compressed ({@code execution.checkpointing.snapshot-compression}). Heap state is
   * measured both ways: uncompressed, Flink reads a heap checkpoint back from a local file one byte
   * per system call, which dominates its restore time.
   */
  enum Backend {
    HASHMAP("hashmap", false, HashMapStateBackend::new),
    HASHMAP_SNAPPY("hashmap, snapshot compression", true, HashMapStateBackend::new),
    // Full (not incremental) checkpoints: Flink's default, and the size of all the state.
    ROCKSDB("rocksdb", false, () -> new EmbeddedRocksDBStateBackend(false));

    final String description;
    private final boolean snapshotCompression;
    private final Supplier<StateBackend> create;

    Backend(String description, boolean snapshotCompression, Supplier<StateBackend> create) {
      this.description = description;
      this.snapshotCompression = snapshotCompression;
      this.create = create;
    }
  }

  /**
   * @param checkpointBytes the checkpoint's state size as Flink reports it: keyed state (the
   *     threads and their timers) and operator state
   * @param heapBytes heap the operator held with the threads in its keyed state and timers, from
   *     used heap after full collections (an estimate; RocksDB keeps its state off the heap)
   * @param replanNanos how long the restored operator takes to take in one published calendar
   *     change: it visits every thread and wakes those of the change's market
   * @param alertsAfterRestore alerts the restored operator emits once every deadline has passed:
   *     proof that it restored what was checkpointed
   */
  record Figures(
      Backend backend,
      int threads,
      long checkpointBytes,
      long heapBytes,
      long snapshotNanos,
      long restoreNanos,
      long replanNanos,
      long alertsAfterRestore) {
    double bytesPerThread() {
      return (double) checkpointBytes / threads;
    }

    double heapBytesPerThread() {
      return (double) heapBytes / threads;
    }
  }

  private StateBench() {}

  static Figures measure(Backend backend, int threads, Markets markets, Path workDir)
      throws Exception {
    MarketRulebook calendars = MarketRulebook.of(markets);
    ReplySla rules = new ReplySla(calendars, SlaSettings.DEFAULT_ID_RETENTION.toMillis());
    List<String> codes = new ArrayList<>(markets.codes());
    codes.sort(null);
    long lastAt = FIRST_MESSAGE.toEpochMilli();
    OperatorSubtaskState checkpoint;
    long snapshotNanos;
    long heapBytes;
    long heapBefore = StateSize.usedHeapAfterGc();
    try (KeyedBroadcastOperatorTestHarness<String, ThreadEvent, CalendarChange, Alert> harness =
        harness(rules, calendars, backend, workDir)) {
      harness.open();
      for (int i = 0; i < threads; i++) {
        long at = FIRST_MESSAGE.toEpochMilli() + SPREAD_MILLIS * i / threads;
        harness.processElement(new StreamRecord<>(StateSize.openingMessage(i, at, codes), at));
        lastAt = at;
      }
      harness.watermark(lastAt);
      heapBytes = StateSize.usedHeapAfterGc() - heapBefore;
      long started = System.nanoTime();
      checkpoint = harness.snapshot(1L, lastAt);
      snapshotNanos = System.nanoTime() - started;
    }
    try (KeyedBroadcastOperatorTestHarness<String, ThreadEvent, CalendarChange, Alert> restored =
        harness(rules, calendars, backend, workDir)) {
      long started = System.nanoTime();
      restored.initializeState(checkpoint);
      restored.open();
      long restoreNanos = System.nanoTime() - started;
      // An exemption published after every deadline: it moves none, yet every thread is visited
      // and each of the market's threads gets a timer, as for any change.
      CalendarChange change =
          CalendarChange.exemption(
              "bench-change",
              codes.get(0),
              Instant.ofEpochMilli(LONG_AFTER + 1),
              Instant.ofEpochMilli(LONG_AFTER + 2),
              Instant.ofEpochMilli(LONG_AFTER + 3),
              null);
      started = System.nanoTime();
      restored.processBroadcastElement(change, LONG_AFTER + 1);
      long replanNanos = System.nanoTime() - started;
      restored.watermark(LONG_AFTER);
      return new Figures(
          backend,
          threads,
          checkpoint.getStateSize(),
          heapBytes,
          snapshotNanos,
          restoreNanos,
          replanNanos,
          restored.extractOutputValues().size());
    }
  }

  private static KeyedBroadcastOperatorTestHarness<String, ThreadEvent, CalendarChange, Alert>
      harness(ReplySla rules, MarketRulebook calendars, Backend backend, Path workDir)
          throws Exception {
    KeyedBroadcastOperatorTestHarness<String, ThreadEvent, CalendarChange, Alert> harness =
        ThreadSlaHarness.of(rules, calendars, Long.MAX_VALUE, MetricsServer.OFF);
    harness.setStateBackend(backend.create.get());
    harness.getExecutionConfig().setUseSnapshotCompression(backend.snapshotCompression);
    harness.setCheckpointStorage(new FileSystemCheckpointStorage(workDir.toUri()));
    return harness;
  }

  /**
   * {@code StateBench [threads,...] [setup,...]}: by default 10 000, 100 000 and 1 000 000 threads,
   * each with every setup (hashmap, hashmap_snappy, rocksdb); one line per measurement.
   */
  public static void main(String[] args) throws Exception {
    List<Integer> sizes =
        args.length > 0
            ? Stream.of(args[0].split(",")).map(Integer::valueOf).toList()
            : List.of(10_000, 100_000, 1_000_000);
    List<Backend> backends =
        args.length > 1
            ? Stream.of(args[1].split(","))
                .map(name -> Backend.valueOf(name.toUpperCase(Locale.ROOT)))
                .toList()
            : List.of(Backend.values());
    Markets markets = Markets.load(Path.of("jobs/markets.yaml"));
    // One untimed round first, so that class loading and RocksDB's native library do not count.
    for (Backend backend : backends) {
      withWorkDir(dir -> measure(backend, 1_000, markets, dir));
    }
    for (int threads : sizes) {
      for (Backend backend : backends) {
        Figures f = withWorkDir(dir -> measure(backend, threads, markets, dir));
        System.out.printf(
            Locale.ROOT,
            "state %s: %d open threads, checkpoint %d bytes"
                + " (%.1f bytes per thread), %.0f heap bytes per thread, checkpoint written in"
                + " %.2f s, restored in %.2f s, a calendar change taken in %.3f s; %d alerts"
                + " after restore%n",
            backend.description,
            f.threads(),
            f.checkpointBytes(),
            f.bytesPerThread(),
            f.heapBytesPerThread(),
            f.snapshotNanos() / 1e9,
            f.restoreNanos() / 1e9,
            f.replanNanos() / 1e9,
            f.alertsAfterRestore());
      }
    }
  }

  interface InDirectory<T> {
    T run(Path dir) throws Exception;
  }

  /** Runs in a fresh temporary directory, deleted afterwards with the checkpoint in it. */
  static <T> T withWorkDir(InDirectory<T> body) throws Exception {
    Path dir = Files.createTempDirectory("helpdesk-sla-monitor-state-bench");
    try {
      return body.run(dir);
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
