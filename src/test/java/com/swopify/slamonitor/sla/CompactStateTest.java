package com.swopify.slamonitor.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.swopify.slamonitor.events.TakeoverReason;
import org.junit.jupiter.api.Test;

/** The compact fields of an open wait and of its thread state hold every value they are given. */
class CompactStateTest {

  @Test
  void keepsEveryDeadlineInOrderWhateverTheNumberOfAtRiskThresholds() {
    for (long[] deadlines :
        new long[][] {{200L, 300L}, {100L, 200L, 300L}, {50L, 75L, 100L, 200L, 300L}}) {
      OpenWait wait = new OpenWait("m-1", "s-1", "SK", 10L, deadlines);

      assertThat(wait.deadlines()).containsExactly(deadlines);
      assertThat(wait.deadlineCount()).isEqualTo(deadlines.length);
      assertThat(wait.atRiskCount()).isEqualTo(deadlines.length - 2);
      assertThat(wait.dueAt()).isEqualTo(200L);
      for (int i = 0; i < deadlines.length; i++) {
        assertThat(wait.deadline(i)).isEqualTo(deadlines[i]);
      }
    }
  }

  @Test
  void refusesDeadlinesWithoutDueAtAndTakeoverPointOrMoreThanTheStateCanCount() {
    assertThatThrownBy(() -> new OpenWait("m-1", "s-1", "SK", 10L, new long[] {200L}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new OpenWait("m-1", "s-1", "SK", 10L, new long[Byte.MAX_VALUE + 1]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyTakeoverReasonCanBeRememberedAsRequested() {
    ThreadState state = new ThreadState();
    for (TakeoverReason reason : TakeoverReason.values()) {
      state.markTakeoverRequested(reason.ordinal());
    }

    for (TakeoverReason reason : TakeoverReason.values()) {
      assertThat(state.takeoverRequested(reason.ordinal())).isTrue();
    }
    assertThat(Integer.bitCount(state.requestedTakeovers()))
        .isEqualTo(TakeoverReason.values().length);
  }
}
