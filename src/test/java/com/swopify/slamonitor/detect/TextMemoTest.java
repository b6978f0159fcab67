package com.swopify.slamonitor.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

class TextMemoTest {
  private final AtomicInteger calls = new AtomicInteger();

  /** A pure function of context and text that counts how often it really runs. */
  private final BiFunction<List<String>, String, String> describe =
      (context, text) -> {
        calls.incrementAndGet();
        return context + ":" + text.length();
      };

  @Test
  void aTextSeenBeforeIsAnsweredWithoutComputing() {
    TextMemo<List<String>, String> memo = new TextMemo<>(16);

    assertThat(memo.get(List.of("sk"), "Dobrý deň", describe)).isEqualTo("[sk]:9");
    assertThat(memo.get(List.of("sk"), new String("Dobrý deň"), describe)).isEqualTo("[sk]:9");

    assertThat(calls).hasValue(1);
    assertThat(memo.counts()).isEqualTo(new TextMemo.Counts(1, 1));
    assertThat(memo.counts().hitRatio()).isEqualTo(0.5);
  }

  @Test
  void theSameTextInAnotherContextIsAnotherKey() {
    TextMemo<List<String>, String> memo = new TextMemo<>(16);

    assertThat(memo.get(List.of("sk"), "Dobrý deň", describe)).isEqualTo("[sk]:9");
    assertThat(memo.get(List.of("cs"), "Dobrý deň", describe)).isEqualTo("[cs]:9");

    assertThat(calls).hasValue(2);
    assertThat(memo.counts().hits()).isZero();
  }

  @Test
  void collidingTextsDisplaceEachOtherButAreAlwaysAnsweredRight() {
    // One slot: every text collides with every other.
    TextMemo<List<String>, String> memo = new TextMemo<>(1);
    assertThat(memo.size()).isEqualTo(1);

    for (int round = 0; round < 3; round++) {
      assertThat(memo.get(List.of(), "a", describe)).isEqualTo("[]:1");
      assertThat(memo.get(List.of(), "bb", describe)).isEqualTo("[]:2");
    }
    assertThat(memo.get(List.of(), "bb", describe)).isEqualTo("[]:2");

    assertThat(calls).hasValue(6);
    assertThat(memo.counts()).isEqualTo(new TextMemo.Counts(1, 6));
  }

  @Test
  void textsLongerThanTheLimitAreComputedEveryTimeAndNotKept() {
    TextMemo<List<String>, String> memo = new TextMemo<>(16);
    String longText = "x".repeat(TextMemo.MAX_TEXT_CHARS + 1);
    String longest = "y".repeat(TextMemo.MAX_TEXT_CHARS);

    memo.get(List.of(), longText, describe);
    memo.get(List.of(), longText, describe);
    memo.get(List.of(), longest, describe);
    memo.get(List.of(), longest, describe);

    assertThat(calls).hasValue(3);
    assertThat(memo.counts()).isEqualTo(new TextMemo.Counts(1, 3));
  }

  @Test
  void sizeZeroIsOffAndCountsNothing() {
    TextMemo<List<String>, String> memo = new TextMemo<>(0);

    memo.get(List.of(), "ok", describe);
    memo.get(List.of(), "ok", describe);

    assertThat(calls).hasValue(2);
    assertThat(memo.size()).isZero();
    assertThat(memo.counts()).isEqualTo(new TextMemo.Counts(0, 0));
    assertThat(memo.counts().hitRatio()).isZero();
  }

  @Test
  void theSizeIsRoundedUpToAPowerOfTwoWithinItsBounds() {
    assertThat(new TextMemo<>(1000).size()).isEqualTo(1024);
    assertThat(new TextMemo<>(16_384).size()).isEqualTo(16_384);
    assertThat(new TextMemo<>(16_385).size()).isEqualTo(32_768);
    assertThat(new TextMemo<>(DetectorSettings.MAX_TEXT_CACHE_SIZE).size())
        .isEqualTo(DetectorSettings.MAX_TEXT_CACHE_SIZE);
    assertThatThrownBy(() -> new TextMemo<>(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TextMemo<>(DetectorSettings.MAX_TEXT_CACHE_SIZE + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void clearingForgetsEntriesAndCounts() {
    TextMemo<List<String>, String> memo = new TextMemo<>(16);
    memo.get(List.of(), "ok", describe);
    memo.get(List.of(), "ok", describe);

    memo.clear();
    assertThat(memo.counts()).isEqualTo(new TextMemo.Counts(0, 0));
    memo.get(List.of(), "ok", describe);

    assertThat(calls).hasValue(2);
    assertThat(memo.counts()).isEqualTo(new TextMemo.Counts(0, 1));
  }
}
