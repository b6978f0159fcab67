package com.swopify.slamonitor.absence;

import static com.swopify.slamonitor.absence.AbsenceTestKit.millis;
import static com.swopify.slamonitor.absence.AbsenceTestKit.replied;
import static com.swopify.slamonitor.absence.AbsenceTestKit.waitOpened;
import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.events.SellerActivity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Pending activity is kept in arrival order and sorted only when read: whatever the order it
 * arrives in, it is read, decided and serialized in decision order.
 */
class SellerAbsenceStateTest {
  /** Three sellers' worth of waits and replies over two weeks, some at the same instant. */
  private static List<SellerActivity> activity() {
    List<SellerActivity> activity = new ArrayList<>();
    for (int thread = 1; thread <= 12; thread++) {
      String day = String.format("2026-11-%02d", 9 + thread % 6);
      activity.add(waitOpened("t-" + thread, day + "T08:00:00Z"));
      if (thread % 4 != 0) {
        // Some replies at the very instant another thread's wait opens.
        String hour = thread % 3 == 0 ? "08" : "1" + thread % 10;
        activity.add(
            replied(
                "t-" + thread,
                String.format("2026-11-%02d", 16 + thread % 5) + "T" + hour + ":00:00Z"));
      }
    }
    return activity;
  }

  @Test
  void activityIsReadInDecisionOrderWhateverOrderItArrivedIn() {
    List<SellerActivity> inOrder = new ArrayList<>(activity());
    inOrder.sort(SellerAbsenceState.ACTIVITY_ORDER);
    for (long seed = 1; seed <= 5; seed++) {
      List<SellerActivity> arrival = new ArrayList<>(inOrder);
      Collections.shuffle(arrival, new Random(seed));
      SellerAbsenceState state = new SellerAbsenceState();
      for (SellerActivity a : arrival) {
        state.addPending(a);
      }

      assertThat(state.pendingActivity()).containsExactlyElementsOf(inOrder);
      assertThat(state.earliestActivityAt()).isEqualTo(inOrder.get(0).at());
    }
  }

  @Test
  void removingTheFirstMovesTheEarliestOnAndArrivalsInBetweenKeepTheOrder() {
    SellerAbsenceState state = new SellerAbsenceState();
    state.addPending(waitOpened("t-2", "2026-11-10T08:00:00Z"));
    state.addPending(waitOpened("t-1", "2026-11-09T08:00:00Z"));
    state.addPending(replied("t-1", "2026-11-09T08:00:00Z"));

    assertThat(state.firstActivity()).isEqualTo(waitOpened("t-1", "2026-11-09T08:00:00Z"));
    state.removeFirstActivity();
    assertThat(state.earliestActivityAt()).isEqualTo(millis("2026-11-09T08:00:00Z"));
    state.addPending(replied("t-2", "2026-11-09T09:00:00Z"));

    assertThat(state.pendingActivity())
        .containsExactly(
            replied("t-1", "2026-11-09T08:00:00Z"),
            replied("t-2", "2026-11-09T09:00:00Z"),
            waitOpened("t-2", "2026-11-10T08:00:00Z"));
    for (int i = 0; i < 3; i++) {
      state.removeFirstActivity();
    }
    assertThat(state.firstActivity()).isNull();
    assertThat(state.earliestActivityAt()).isEqualTo(Long.MAX_VALUE);
    assertThat(state.isEmpty()).isTrue();
  }

  @Test
  void decisionsDoNotDependOnTheOrderActivityArrivedIn() {
    AbsenceTestKit inOrder = new AbsenceTestKit();
    List<SellerActivity> sorted = new ArrayList<>(activity());
    sorted.sort(SellerAbsenceState.ACTIVITY_ORDER);
    inOrder.accept(sorted.toArray(SellerActivity[]::new)).advanceTo("2026-12-31T00:00:00Z");
    assertThat(inOrder.breaches).isNotEmpty();

    for (long seed = 1; seed <= 5; seed++) {
      List<SellerActivity> arrival = new ArrayList<>(sorted);
      Collections.shuffle(arrival, new Random(seed));
      AbsenceTestKit shuffled = new AbsenceTestKit();
      // Half of it, then part of the time, then the rest: arrivals between decisions.
      int half = arrival.size() / 2;
      shuffled
          .accept(arrival.subList(0, half).toArray(SellerActivity[]::new))
          .advanceTo("2026-11-09T07:00:00Z")
          .accept(arrival.subList(half, arrival.size()).toArray(SellerActivity[]::new))
          .advanceTo("2026-12-31T00:00:00Z");

      assertThat(shuffled.breaches).containsExactlyElementsOf(inOrder.breaches);
    }
  }
}
