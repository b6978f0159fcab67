package com.swopify.slamonitor.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The warm-up's rule, fed made-up rates: steady at two runs within 5%, never past the bound. */
class WarmUpTest {
  /** Feeds rates while the warm-up wants another run; returns the rates it took. */
  private static List<Double> feed(WarmUp warmUp, double... rates) {
    List<Double> taken = new ArrayList<>();
    for (double rate : rates) {
      if (!warmUp.wantsAnotherRun()) {
        break;
      }
      warmUp.record(rate);
      taken.add(rate);
    }
    return taken;
  }

  @Test
  void aClimbingThroughputWarmsUpUntilTwoRunsInARowAgreeWithinFivePercent() {
    WarmUp warmUp = new WarmUp(10);

    List<Double> taken = feed(warmUp, 40_000, 70_000, 88_000, 95_000, 99_000, 120_000);

    assertThat(taken).containsExactly(40_000.0, 70_000.0, 88_000.0, 95_000.0, 99_000.0);
    assertThat(warmUp.isSteady()).isTrue();
    assertThat(warmUp.runs()).isEqualTo(5);
    assertThat(warmUp.describe("pipeline"))
        .isEqualTo(
            "pipeline warm-up: 40000 70000 88000 95000"
                + " 99000 events/s, steady after 5 runs (last two within 5%)");
  }

  @Test
  void theToleranceIsFivePercentOfTheFasterRunEitherWay() {
    assertThat(WarmUp.agree(95, 100)).isTrue();
    assertThat(WarmUp.agree(100, 95)).isTrue();
    assertThat(WarmUp.agree(94.9, 100)).isFalse();
    assertThat(WarmUp.agree(100, 94.9)).isFalse();
    assertThat(WarmUp.agree(0, 0)).isTrue();
  }

  @Test
  void aThroughputThatNeverSettlesStopsAtTheBoundAndSaysSo() {
    WarmUp warmUp = new WarmUp(4);

    List<Double> taken = feed(warmUp, 100, 200, 100, 200, 100, 200);

    assertThat(taken).hasSize(4);
    assertThat(warmUp.wantsAnotherRun()).isFalse();
    assertThat(warmUp.isSteady()).isFalse();
    assertThat(warmUp.describe("baseline"))
        .isEqualTo(
            "baseline warm-up: 100 200 100 200 events/s,"
                + " not steady after 4 runs, the bound (last two 50.0% apart); measured anyway");
    assertThatThrownBy(() -> warmUp.record(100)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void noWarmUpOrASingleRunCannotBeSteady() {
    WarmUp none = new WarmUp(0);
    assertThat(none.wantsAnotherRun()).isFalse();
    assertThat(none.describe("pipeline")).isEqualTo("pipeline warm-up: none (--warm-ups 0)");

    WarmUp one = new WarmUp(1);
    assertThat(feed(one, 100, 100)).hasSize(1);
    assertThat(one.isSteady()).isFalse();
    assertThat(one.describe("pipeline"))
        .isEqualTo(
            "pipeline warm-up: 100 events/s, 1 run, too" + " few to tell whether it is steady");
  }

  @Test
  void twoRunsAreTheLeastThatCanBeSteady() {
    WarmUp warmUp = new WarmUp(10);
    assertThat(feed(warmUp, 100, 101, 150)).containsExactly(100.0, 101.0);
    assertThat(warmUp.isSteady()).isTrue();
  }

  @Test
  void aNegativeBoundIsRefused() {
    assertThatThrownBy(() -> new WarmUp(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
