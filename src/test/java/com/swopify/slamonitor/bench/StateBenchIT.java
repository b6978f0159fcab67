package com.swopify.slamonitor.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.bench.StateBench.Backend;
import com.swopify.slamonitor.bench.StateBench.Figures;
import com.swopify.slamonitor.market.Markets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The state measurement on a few hundred threads: in every setup the checkpoint holds every open
 * thread, and the operator restored from it decides what it would have decided. Never timed.
 */
class StateBenchIT {
  private static final int THREADS = 300;
  private static final Markets MARKETS = Markets.load(Path.of("jobs/markets.yaml"));

  @Test
  void everySetupRestoresEveryOpenThreadFromTheCheckpoint() throws Exception {
    Figures heap =
        StateBench.withWorkDir(dir -> StateBench.measure(Backend.HASHMAP, THREADS, MARKETS, dir));
    Figures compressed =
        StateBench.withWorkDir(
            dir -> StateBench.measure(Backend.HASHMAP_SNAPPY, THREADS, MARKETS, dir));
    Figures rocksDb =
        StateBench.withWorkDir(dir -> StateBench.measure(Backend.ROCKSDB, THREADS, MARKETS, dir));

    // Every open wait has at least an OVERDUE alert ahead of it (the markets' at-risk alerts too).
    assertThat(heap.alertsAfterRestore()).isGreaterThanOrEqualTo(THREADS);
    assertThat(compressed.alertsAfterRestore()).isEqualTo(heap.alertsAfterRestore());
    assertThat(rocksDb.alertsAfterRestore()).isEqualTo(heap.alertsAfterRestore());
    assertThat(compressed.checkpointBytes()).isLessThan(heap.checkpointBytes());
    // Each thread's ids alone take more than a few bytes, in either format.
    assertThat(heap.bytesPerThread()).isGreaterThan(30);
    assertThat(rocksDb.bytesPerThread()).isGreaterThan(10);
  }

  @Test
  void withoutTheCheckpointTheRestoredOperatorWouldHaveNothingToDecide() throws Exception {
    Figures none =
        StateBench.withWorkDir(dir -> StateBench.measure(Backend.HASHMAP, 0, MARKETS, dir));

    assertThat(none.alertsAfterRestore()).isZero();
  }
}
