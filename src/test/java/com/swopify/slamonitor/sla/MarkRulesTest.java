package com.swopify.slamonitor.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.swopify.slamonitor.events.AlertType;
import com.swopify.slamonitor.events.ThreadEvent;
import com.swopify.slamonitor.events.ThreadEvent.Kind;
import com.swopify.slamonitor.events.WaitOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Marks (contract section 9) on a round-the-clock clock: 24 h to reply, at risk at 18 h. */
class MarkRulesTest {
  private static final long H = Duration.ofHours(1).toMillis();
  private static final long T0 = Instant.parse("2026-11-23T08:00:00Z").toEpochMilli();

  private final ReplySla sla =
      ReplySlaTest.sla(
          new ReplyPolicy(Duration.ofMillis(24 * H), List.of(0.75), Duration.ofMillis(0)));
  private final ThreadState state = new ThreadState();
  private final RecordingOutput out = new RecordingOutput();
  private final List<WaitOutcome> outcomes = out.outcomes;

  static ThreadEvent mark(String id, String messageId, long at) {
    return new ThreadEvent(
        Kind.MARK, id, "t-1", "s-1", "SK", at, null, null, null, List.of(), 0, messageId);
  }

  private void run(ThreadEvent... events) {
    for (ThreadEvent event : events) {
      sla.accept(state, event);
    }
    for (long next = sla.nextWakeUp(state); next <= T0 + 96 * H; next = sla.nextWakeUp(state)) {
      sla.advance(state, "t-1", next, out);
    }
  }

  @Test
  void aMarkExactlyAtDueAtIsInTime() {
    run(ReplySlaTest.message("m-1", T0), mark("k-1", "m-1", T0 + 24 * H));

    assertThat(out.alerts).extracting(a -> a.type()).containsExactly(AlertType.AT_RISK);
    assertThat(outcomes)
        .extracting(WaitOutcome::kind, WaitOutcome::at)
        .containsExactly(tuple(WaitOutcome.Kind.MARKED, T0 + 24 * H));
  }

  @Test
  void aMarkBeforeItsMessageTakesEffectWhenTheMessageComes() {
    run(mark("k-1", "m-1", T0 - H), ReplySlaTest.message("m-1", T0));

    assertThat(out.alerts).isEmpty();
    assertThat(out.waitsOpened).isEqualTo(1);
    assertThat(outcomes)
        .extracting(WaitOutcome::kind, WaitOutcome::at)
        .containsExactly(tuple(WaitOutcome.Kind.MARKED, T0));
  }

  @Test
  void markingTheOldestHandsTheClockOnAndAPassedDeadlineFiresAtTheMark() {
    run(
        ReplySlaTest.message("m-1", T0), ReplySlaTest.message("m-2", T0 + H),
        mark("k-1", "m-1", T0 + 20 * H), ReplySlaTest.reply("r-1", T0 + 30 * H));

    // AT_RISK once per wait (m-1's, at 18 h); m-2's dueAt is at 25 h; its reply is late.
    assertThat(out.alerts)
        .extracting(a -> a.type(), a -> a.messageId(), a -> a.at().toEpochMilli())
        .containsExactly(
            tuple(AlertType.AT_RISK, "m-1", T0 + 18 * H),
            tuple(AlertType.OVERDUE, "m-2", T0 + 25 * H),
            tuple(AlertType.LATE_REPLY, "m-2", T0 + 30 * H));
    assertThat(out.breaches)
        .singleElement()
        .satisfies(b -> assertThat(b.messageId()).isEqualTo("m-2"));
  }

  @Test
  void aHandoverToAMessageAlreadyAtRiskFiresItsAlertAtTheMarkOnce() {
    run(
        ReplySlaTest.message("m-1", T0), ReplySlaTest.message("m-2", T0 + H),
        mark("k-1", "m-1", T0 + 10 * H), mark("k-2", "m-2", T0 + 40 * H));

    assertThat(out.alerts)
        .extracting(a -> a.type(), a -> a.messageId(), a -> a.at().toEpochMilli())
        .containsExactly(
            tuple(AlertType.AT_RISK, "m-2", T0 + 19 * H),
            tuple(AlertType.OVERDUE, "m-2", T0 + 25 * H));
    // Decided late at the OVERDUE; the mark that ends it decides nothing more.
    assertThat(outcomes).extracting(WaitOutcome::kind).containsExactly(WaitOutcome.Kind.OVERDUE);
    assertThat(out.takeovers).hasSize(1);
  }

  @Test
  void aMarkOnAnAnsweredOrUnknownMessageAndADuplicateMarkChangeNothing() {
    run(
        ReplySlaTest.message("m-1", T0), ReplySlaTest.reply("r-1", T0 + H),
        mark("k-1", "m-1", T0 + 2 * H), mark("k-2", "nope", T0 + 2 * H),
        ReplySlaTest.message("m-2", T0 + 3 * H), mark("k-1", "m-2", T0 + 4 * H));

    assertThat(out.alerts)
        .extracting(a -> a.type())
        .containsExactly(AlertType.AT_RISK, AlertType.OVERDUE);
    assertThat(outcomes)
        .extracting(WaitOutcome::kind)
        .containsExactly(WaitOutcome.Kind.REPLIED_IN_TIME, WaitOutcome.Kind.OVERDUE);
  }

  @Test
  void aReplyAndAMarkAtTheSameInstantTheReplyEndsTheWait() {
    run(
        ReplySlaTest.message("m-1", T0),
        mark("k-1", "m-1", T0 + 2 * H),
        ReplySlaTest.reply("r-1", T0 + 2 * H));

    assertThat(outcomes)
        .extracting(WaitOutcome::kind, WaitOutcome::businessMillis)
        .containsExactly(tuple(WaitOutcome.Kind.REPLIED_IN_TIME, 2 * H));
  }
}
