package com.swopify.slamonitor.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.events.AlertType;
import com.swopify.slamonitor.events.BreachType;
import com.swopify.slamonitor.events.CaseType;
import com.swopify.slamonitor.events.Finding;
import com.swopify.slamonitor.events.Finding.FindingType;
import com.swopify.slamonitor.events.SellerActivity;
import com.swopify.slamonitor.events.Severity;
import com.swopify.slamonitor.events.TakeoverReason;
import com.swopify.slamonitor.events.ThreadEvent;
import com.swopify.slamonitor.events.ThreadEvent.Kind;
import com.swopify.slamonitor.events.Topic;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The reply-SLA rules alone, on a round-the-clock business clock so that the expected instants are
 * plain arithmetic (the calendar has tests of its own; the Flink tests use real calendars).
 */
class ReplySlaTest {
  private static final long H = Duration.ofHours(1).toMillis();
  private static final long T0 = Instant.parse("2026-11-23T08:00:00Z").toEpochMilli();

  /** Business time is elapsed time: 24 business hours are a day. */
  static final BusinessClock ALWAYS_OPEN =
      new BusinessClock() {
        @Override
        public long add(long t, long duration) {
          return t + duration;
        }

        @Override
        public long between(long from, long to) {
          return Math.max(0, to - from);
        }
      };

  private final ReplySla sla =
      sla(new ReplyPolicy(Duration.ofMillis(24 * H), List.of(0.75), Duration.ofMillis(0)));
  private final ThreadState state = new ThreadState();
  private final RecordingOutput out = new RecordingOutput();

  static ReplySla sla(ReplyPolicy policy) {
    MarketRules rules =
        new MarketRules() {
          @Override
          public BusinessClock clock(String market) {
            return ALWAYS_OPEN;
          }

          @Override
          public ReplyPolicy policy(String market) {
            return policy;
          }
        };
    return new ReplySla(rules, Duration.ofDays(30).toMillis());
  }

  static ThreadEvent message(String id, long at) {
    return message(id, at, Topic.GENERAL);
  }

  static ThreadEvent message(String id, long at, Topic topic) {
    return new ThreadEvent(Kind.BUYER_MESSAGE, id, "t-1", "s-1", "SK", at, topic, null, null);
  }

  static ThreadEvent reply(String id, long at) {
    return new ThreadEvent(Kind.SELLER_REPLY, id, "t-1", "s-1", "SK", at, null, null, null);
  }

  static ThreadEvent automatedReply(String id, long at) {
    return new ThreadEvent(Kind.AUTOMATED_REPLY, id, "t-1", "s-1", "SK", at, null, null, "flag");
  }

  static ThreadEvent caseOpened(String id, long at, CaseType type) {
    return new ThreadEvent(Kind.CASE, id, "t-1", "s-1", "SK", at, null, type, null);
  }

  private void feed(ThreadEvent... events) {
    for (ThreadEvent event : events) {
      sla.accept(state, event);
    }
  }

  /** Advances wake-up by wake-up, as Flink's timers would, up to {@code through}. */
  private void runThrough(long through) {
    for (long next = sla.nextWakeUp(state); next <= through; next = sla.nextWakeUp(state)) {
      sla.advance(state, "t-1", next, out);
    }
    sla.advance(state, "t-1", through, out);
  }

  @Test
  void unansweredMessageIsAtRiskThenOverdueThenTakenOver() {
    feed(message("m-1", T0));
    runThrough(T0 + 48 * H);

    assertThat(out.alerts)
        .extracting(a -> a.type(), a -> a.at().toEpochMilli())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(AlertType.AT_RISK, T0 + 18 * H),
            org.assertj.core.groups.Tuple.tuple(AlertType.OVERDUE, T0 + 24 * H));
    assertThat(out.alerts.get(0).businessElapsedMillis()).isEqualTo(18 * H);
    assertThat(out.alerts.get(1).dueAt().toEpochMilli()).isEqualTo(T0 + 24 * H);
    assertThat(out.breaches)
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.type()).isEqualTo(BreachType.REPLY_OVERDUE);
              assertThat(b.occurredAt().toEpochMilli()).isEqualTo(T0 + 24 * H);
              assertThat(b.messageId()).isEqualTo("m-1");
            });
    assertThat(out.takeovers)
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.reason()).isEqualTo(TakeoverReason.REPLY_OVERDUE);
              assertThat(t.requestedAt().toEpochMilli()).isEqualTo(T0 + 24 * H);
              assertThat(t.severity()).isEqualTo(Severity.STANDARD);
            });
  }

  @Test
  void replyExactlyAtTheDeadlineIsInTime() {
    feed(message("m-1", T0), reply("r-1", T0 + 24 * H));
    runThrough(T0 + 72 * H);

    assertThat(out.alerts).extracting(a -> a.type()).containsExactly(AlertType.AT_RISK);
    assertThat(out.breaches).isEmpty();
    assertThat(out.takeovers).isEmpty();
    assertThat(out.answeredInTime).isEqualTo(1);
  }

  @Test
  void replyOneMillisecondLateIsOverdueAndLate() {
    feed(message("m-1", T0), reply("r-1", T0 + 24 * H + 1));
    runThrough(T0 + 72 * H);

    assertThat(out.alerts)
        .extracting(a -> a.type())
        .containsExactly(AlertType.AT_RISK, AlertType.OVERDUE, AlertType.LATE_REPLY);
    assertThat(out.alerts.get(2).repliedAt().toEpochMilli()).isEqualTo(T0 + 24 * H + 1);
    assertThat(out.alerts.get(2).at().toEpochMilli()).isEqualTo(T0 + 24 * H + 1);
    assertThat(out.alerts.get(2).businessElapsedMillis()).isEqualTo(24 * H + 1);
    assertThat(out.breaches).hasSize(1);
    assertThat(out.takeovers).hasSize(1);
    assertThat(out.answeredLate).isEqualTo(1);
    assertThat(out.becameOverdue).isEqualTo(1);
  }

  @Test
  void replyAtTheSameInstantAsTheMessageAnswersIt() {
    feed(reply("r-1", T0), message("m-1", T0));
    runThrough(T0 + 72 * H);

    assertThat(out.alerts).isEmpty();
    assertThat(out.answeredInTime).isEqualTo(1);
    assertThat(out.becameOverdue).isZero();
  }

  @Test
  void aWaitRunsOnTheClockOfItsEarliestMessage() {
    feed(
        message("m-1", T0),
        message("m-2", T0 + 10 * H),
        reply("r-1", T0 + 20 * H),
        message("m-3", T0 + 30 * H));
    runThrough(T0 + 60 * H);

    // m-1 and m-2 form one wait, answered after 20 h: at risk at 18 h, in time.
    // m-3 opens a second wait that nobody answers.
    assertThat(out.alerts)
        .extracting(a -> a.type(), a -> a.messageId())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(AlertType.AT_RISK, "m-1"),
            org.assertj.core.groups.Tuple.tuple(AlertType.AT_RISK, "m-3"),
            org.assertj.core.groups.Tuple.tuple(AlertType.OVERDUE, "m-3"));
    assertThat(out.waitsOpened).isEqualTo(2);
    // Seller-level rules hear of each wait's start and of every reply.
    assertThat(out.activity)
        .extracting(a -> a.kind(), a -> a.at())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(SellerActivity.Kind.WAIT_OPENED, T0),
            org.assertj.core.groups.Tuple.tuple(SellerActivity.Kind.REPLIED, T0 + 20 * H),
            org.assertj.core.groups.Tuple.tuple(SellerActivity.Kind.WAIT_OPENED, T0 + 30 * H));
  }

  @Test
  void automatedReplyAnswersNothingAndIsABreach() {
    feed(message("m-1", T0), automatedReply("r-auto", T0 + 1000));
    runThrough(T0 + 30 * H);

    assertThat(out.breaches)
        .extracting(b -> b.type())
        .containsExactly(BreachType.AUTOMATED_REPLY, BreachType.REPLY_OVERDUE);
    assertThat(out.breaches.get(0).messageId()).isEqualTo("r-auto");
    assertThat(out.breaches.get(0).detailsJson()).isEqualTo("{\"recognisedBy\":\"flag\"}");
    assertThat(out.alerts)
        .extracting(a -> a.type())
        .containsExactly(AlertType.AT_RISK, AlertType.OVERDUE);
    assertThat(out.automatedReplies).isEqualTo(1);
    assertThat(out.becameOverdue).isEqualTo(1);
  }

  @Test
  void aReplyWithOffPlatformContactOrWrongLanguageStillAnswersAndIsABreachOfItsOwn() {
    ThreadEvent reply =
        new ThreadEvent(
            Kind.SELLER_REPLY,
            "r-1",
            "t-1",
            "s-1",
            "SK",
            T0 + H,
            null,
            null,
            null,
            List.of(
                new Finding(FindingType.OFF_PLATFORM_CONTACT, "{\"contacts\":[]}", 1.0),
                new Finding(FindingType.WRONG_LANGUAGE, "{\"detected\":\"cs\"}", 1.0)),
            0);
    feed(message("m-1", T0), reply);
    runThrough(T0 + 72 * H);

    assertThat(out.breaches)
        .extracting(b -> b.type(), b -> b.messageId(), b -> b.detailsJson())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                BreachType.OFF_PLATFORM_CONTACT, "r-1", "{\"contacts\":[]}"),
            org.assertj.core.groups.Tuple.tuple(
                BreachType.WRONG_LANGUAGE, "r-1", "{\"detected\":\"cs\"}"));
    assertThat(out.breaches)
        .allSatisfy(b -> assertThat(b.occurredAt().toEpochMilli()).isEqualTo(T0 + H));
    assertThat(out.answeredInTime).isEqualTo(1);
    assertThat(out.alerts).isEmpty();
  }

  @Test
  void anAutomatedReplyCarryingContactDetailsIsTwoBreaches() {
    ThreadEvent reply =
        new ThreadEvent(
            Kind.AUTOMATED_REPLY,
            "r-auto",
            "t-1",
            "s-1",
            "SK",
            T0 + 1,
            null,
            null,
            "out-of-office",
            List.of(new Finding(FindingType.OFF_PLATFORM_CONTACT, "{\"contacts\":[]}", 1.0)),
            0);
    feed(message("m-1", T0), reply);
    runThrough(T0 + H);

    assertThat(out.breaches)
        .extracting(b -> b.type())
        .containsExactly(BreachType.AUTOMATED_REPLY, BreachType.OFF_PLATFORM_CONTACT);
    assertThat(out.breaches).extracting(b -> b.breachId()).doesNotHaveDuplicates();
  }

  @Test
  void seriousSignalsInABuyerMessageAreTakeoverRequestsOncePerReason() {
    ThreadEvent signalled =
        new ThreadEvent(
            Kind.BUYER_MESSAGE,
            "m-2",
            "t-1",
            "s-1",
            "SK",
            T0 + H,
            Topic.GENERAL,
            null,
            null,
            List.of(
                new Finding(FindingType.LOCKED_DEVICE, "{\"messageId\":\"m-2\"}", 1.0),
                new Finding(FindingType.DANGEROUS_PRODUCT, "{\"messageId\":\"m-2\"}", 1.0)),
            0);
    ThreadEvent again =
        new ThreadEvent(
            Kind.BUYER_MESSAGE,
            "m-3",
            "t-1",
            "s-1",
            "SK",
            T0 + 2 * H,
            Topic.GENERAL,
            null,
            null,
            List.of(new Finding(FindingType.LOCKED_DEVICE, "{\"messageId\":\"m-3\"}", 1.0)),
            0);
    feed(again, message("m-1", T0), signalled);
    runThrough(T0 + 3 * H);

    assertThat(out.takeovers)
        .extracting(t -> t.reason(), t -> t.severity(), t -> t.evidenceJson())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                TakeoverReason.LOCKED_DEVICE, Severity.SERIOUS, "{\"messageId\":\"m-2\"}"),
            org.assertj.core.groups.Tuple.tuple(
                TakeoverReason.DANGEROUS_PRODUCT, Severity.SERIOUS, "{\"messageId\":\"m-2\"}"));
    assertThat(out.takeovers)
        .allSatisfy(t -> assertThat(t.requestedAt().toEpochMilli()).isEqualTo(T0 + H));
  }

  @Test
  void duplicatesChangeNothing() {
    assertThat(sla.accept(state, message("m-1", T0))).isTrue();
    assertThat(sla.accept(state, message("m-1", T0))).isFalse();
    assertThat(sla.accept(state, reply("r-1", T0 + H))).isTrue();
    assertThat(sla.accept(state, reply("r-1", T0 + H))).isFalse();
    runThrough(T0 + 72 * H);

    assertThat(out.waitsOpened).isEqualTo(1);
    assertThat(out.answeredInTime).isEqualTo(1);
    assertThat(out.alerts).isEmpty();
  }

  @Test
  void takeoverOncePerReasonAtTheEarliestCause() {
    feed(
        message("m-1", T0, Topic.QUALITY_DISPUTE),
        reply("r-1", T0 + H),
        caseOpened("c-1", T0 + 2 * H, CaseType.QUALITY_DISPUTE),
        caseOpened("c-2", T0 + 3 * H, CaseType.RETURN_REFUSED),
        caseOpened("c-3", T0 + 4 * H, CaseType.COMPLAINT_REFUSED),
        caseOpened("c-4", T0 + 5 * H, CaseType.COUNTERFEIT));
    runThrough(T0 + 72 * H);

    assertThat(out.takeovers)
        .extracting(t -> t.reason(), t -> t.requestedAt().toEpochMilli(), t -> t.severity())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                TakeoverReason.QUALITY_DISPUTE, T0, Severity.STANDARD),
            org.assertj.core.groups.Tuple.tuple(
                TakeoverReason.RETURN_RIGHTS, T0 + 3 * H, Severity.STANDARD),
            org.assertj.core.groups.Tuple.tuple(
                TakeoverReason.COUNTERFEIT, T0 + 5 * H, Severity.SERIOUS));
  }

  @Test
  void takeoverAfterDelaysTheHandover() {
    ReplySla delayed =
        sla(
            new ReplyPolicy(
                Duration.ofMillis(24 * H), List.of(0.5, 0.75), Duration.ofMillis(8 * H)));
    ThreadState thread = new ThreadState();
    delayed.accept(thread, message("m-1", T0));
    delayed.accept(thread, reply("r-1", T0 + 30 * H));
    for (long next = delayed.nextWakeUp(thread);
        next <= T0 + 72 * H;
        next = delayed.nextWakeUp(thread)) {
      delayed.advance(thread, "t-1", next, out);
    }

    // Replied after dueAt but before the takeover point: late, yet not handed over.
    assertThat(out.alerts)
        .extracting(a -> a.type())
        .containsExactly(
            AlertType.AT_RISK, AlertType.AT_RISK, AlertType.OVERDUE, AlertType.LATE_REPLY);
    assertThat(out.takeovers).isEmpty();
  }

  @Test
  void stateDisappearsOnceIdsExpire() {
    feed(message("m-1", T0), reply("r-1", T0 + H));
    runThrough(T0 + H);
    assertThat(state.isEmpty()).isFalse();

    runThrough(T0 + H + Duration.ofDays(30).toMillis());
    assertThat(state.isEmpty()).isTrue();
  }

  @Test
  void arrivalOrderDoesNotMatter() {
    List<ThreadEvent> events =
        new ArrayList<>(
            List.of(
                message("m-1", T0),
                message("m-2", T0 + 2 * H),
                automatedReply("r-a", T0 + 3 * H),
                reply("r-1", T0 + 26 * H),
                message("m-3", T0 + 26 * H),
                message("m-4", T0 + 40 * H),
                reply("r-2", T0 + 41 * H),
                caseOpened("c-1", T0 + 50 * H, CaseType.LOCKED_DEVICE),
                message("m-1", T0),
                reply("r-1", T0 + 26 * H)));
    // m-3 comes at the instant of r-1, so r-1 answers it too; the last two are duplicates.
    List<String> expected = null;
    for (long seed = 1; seed <= 20; seed++) {
      Collections.shuffle(events, new Random(seed));
      ThreadState thread = new ThreadState();
      RecordingOutput run = new RecordingOutput();
      events.forEach(e -> sla.accept(thread, e));
      for (long next = sla.nextWakeUp(thread);
          next <= T0 + 100 * H;
          next = sla.nextWakeUp(thread)) {
        sla.advance(thread, "t-1", next, run);
      }
      if (expected == null) {
        expected = run.lines();
        assertThat(expected).hasSize(7);
      } else {
        assertThat(run.lines()).as("seed %d", seed).isEqualTo(expected);
      }
    }
  }
}
