package com.swopify.slamonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.cli.CommandLineIT.Run;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code bench} through the real command line on a tiny workload: it measures in a child JVM with
 * the fixed heap it asks for, warms each side up and prints the warm-up curve. Nothing is asserted
 * on speed.
 */
class BenchCommandIT {
  @Test
  void measuresInAChildJvmWithAFixedHeapAndPrintsTheWarmUpCurve() throws Exception {
    Run bench =
        CommandLineIT.run(
            "bench",
            "--events",
            "300",
            "--threads-open",
            "100",
            "--parallelism",
            "1",
            "--warm-ups",
            "3",
            "--runs",
            "1",
            "--heap",
            "768m",
            "--no-text-analysis");

    assertThat(bench.exit()).as(bench.err()).isZero();
    List<String> lines = bench.out().lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "bench: measuring in a child JVM with a fixed heap of"
                + " 768 MiB (-Xms = -Xmx, --heap 768m), as for docs/benchmarks.md's figures");
    for (String side : List.of("pipeline", "baseline")) {
      // Two to three warm-up runs: steady after two, or not steady at the bound of three.
      assertThat(lines)
          .filteredOn(
              line ->
                  line.matches(
                      side
                          + " run \\d \\(warm-up\\): 300"
                          + " records in \\d+\\.\\d{2} s, \\d+ events/s"))
          .hasSizeBetween(2, 3);
      assertThat(lines)
          .filteredOn(line -> line.startsWith(side + " warm-up: "))
          .singleElement()
          .asString()
          .matches(
              side
                  + " warm-up: (\\d+ ){2,3}events/s, (steady after \\d runs"
                  + " \\(last two within 5%\\)|not steady after 3 runs, the bound .*)");
    }
    assertThat(lines)
        .anySatisfy(
            line ->
                assertThat(line)
                    .matches(
                        "events per second: \\d+ \\(pipeline, parallelism 1, .*, median of 1 run after"
                            + " [23] warm-ups(, steady)?\\)"));
    assertThat(lines.get(lines.size() - 1))
        .matches("bench: pipeline=\\d+ baseline=\\d+ ratio=\\d+\\.\\d{2}");
  }

  @Test
  void heapCurrentMeasuresInTheJvmAsStarted() throws Exception {
    Run bench =
        CommandLineIT.run(
            "bench",
            "--events",
            "300",
            "--threads-open",
            "100",
            "--parallelism",
            "1",
            "--warm-ups",
            "0",
            "--runs",
            "1",
            "--heap",
            "current",
            "--no-text-analysis");

    assertThat(bench.exit()).as(bench.err()).isZero();
    assertThat(bench.out())
        .doesNotContain("child JVM")
        .contains("pipeline warm-up: none (--warm-ups 0)");
    assertThat(bench.out().lines().reduce((first, second) -> second).orElseThrow())
        .matches("bench: pipeline=\\d+ baseline=\\d+ ratio=\\d+\\.\\d{2}");
  }
}
