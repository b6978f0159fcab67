package com.swopify.slamonitor.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.replay.ReplayRunner;
import org.junit.jupiter.api.Test;

/** A bounded {@code run} counts every output that {@code replay} writes, by the file's name. */
class BoundedRunOutputsTest {
  @Test
  void aBoundedRunCountsWhatReplayWrites() {
    assertThat(KafkaPipeline.OUTPUTS)
        .containsExactlyInAnyOrderElementsOf(
            ReplayRunner.OUTPUT_FILES.stream().map(file -> file.replace(".jsonl", "")).toList());
  }
}
