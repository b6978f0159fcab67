package com.swopify.slamonitor.bench.delay;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DelaysTest {
  @Test
  void percentilesAreDelaysThatHappenedByNearestRank() {
    Delays delays = new Delays();
    for (long d = 100; d >= 1; d--) {
      delays.add(d * 10);
    }
    assertThat(delays.count()).isEqualTo(100);
    assertThat(delays.percentile(50)).isEqualTo(500);
    assertThat(delays.percentile(99)).isEqualTo(990);
    assertThat(delays.percentile(99.5)).isEqualTo(1000);
    assertThat(delays.max()).isEqualTo(1000);
  }

  @Test
  void aFewDelaysTakeTheHighestForTheP99() {
    Delays delays = new Delays();
    delays.add(1200);
    delays.add(900);
    delays.add(3000);
    assertThat(delays.percentile(99)).isEqualTo(3000);
    assertThat(delays.percentile(50)).isEqualTo(1200);
  }

  @Test
  void noDelaysGiveZero() {
    assertThat(new Delays().percentile(99)).isZero();
    assertThat(new Delays().max()).isZero();
  }
}
