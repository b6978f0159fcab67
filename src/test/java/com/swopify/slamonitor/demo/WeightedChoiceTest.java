package com.swopify.slamonitor.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WeightedChoiceTest {

  @Test
  void picksInProportionToTheWeights() {
    WeightedChoice<String> choice =
        WeightedChoice.<String>builder().add("rare", 1).add("common", 9).build();
    SplittableRandom rng = new SplittableRandom(3);
    int rare = 0;
    for (int i = 0; i < 100_000; i++) {
      if (choice.pick(rng).equals("rare")) {
        rare++;
      }
    }
    assertThat(rare / 100_000.0).isCloseTo(0.1, within(0.005));
  }

  @Test
  void rejectsWeightsThatAreNotPositive() {
    assertThatThrownBy(() -> WeightedChoice.<String>builder().add("never", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weight of never must be positive");
  }
}
