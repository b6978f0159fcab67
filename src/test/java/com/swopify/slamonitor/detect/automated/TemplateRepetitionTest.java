package com.swopify.slamonitor.detect.automated;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.detect.DetectorSettings;
import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.BreachType;
import com.swopify.slamonitor.events.Ids;
import com.swopify.slamonitor.events.QuickReply;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateRepetitionTest {
  static final long T0 = Instant.parse("2026-11-24T10:00:00Z").toEpochMilli();
  static final long MINUTE = 60_000L;
  static final long HOUR = 60 * MINUTE;
  static final long FINGERPRINT = 42L;

  private final TemplateRepetition rules = TemplateRepetition.of(DetectorSettings.defaults());

  static QuickReply reply(String thread, String message, long at) {
    return reply(thread, message, at, FINGERPRINT);
  }

  static QuickReply reply(String thread, String message, long at, long fingerprint) {
    return new QuickReply("s-1", "SK", thread, message, at, fingerprint);
  }

  /** Replies in threads t-1, t-2, … at the given minutes after T0. */
  static List<QuickReply> atMinutes(long... minutes) {
    List<QuickReply> replies = new ArrayList<>();
    for (int i = 0; i < minutes.length; i++) {
      replies.add(reply("t-" + (i + 1), "r-" + (i + 1), T0 + minutes[i] * MINUTE));
    }
    return replies;
  }

  private List<String> templated(List<QuickReply> replies) {
    return rules.decide(replies, Long.MIN_VALUE, Long.MAX_VALUE).breaches().stream()
        .map(Breach::messageId)
        .toList();
  }

  @Test
  void fiveThreadsWithinTheWindowAreTemplated() {
    TemplateRepetition.Decisions decisions =
        rules.decide(atMinutes(0, 1, 2, 3, 4), Long.MIN_VALUE, T0 + 4 * MINUTE + HOUR);

    assertThat(decisions.breaches()).hasSize(5);
    Breach first = decisions.breaches().get(0);
    assertThat(first.type()).isEqualTo(BreachType.AUTOMATED_REPLY);
    assertThat(first.breachId())
        .isEqualTo(Ids.of("breach", BreachType.AUTOMATED_REPLY, "t-1", "r-1", T0));
    assertThat(first.sellerId()).isEqualTo("s-1");
    assertThat(first.market()).isEqualTo("SK");
    assertThat(first.threadId()).isEqualTo("t-1");
    assertThat(first.messageId()).isEqualTo("r-1");
    assertThat(first.occurredAt()).isEqualTo(Instant.ofEpochMilli(T0));
    assertThat(first.detailsJson())
        .isEqualTo("{\"recognisedBy\":\"template\",\"threads\":5,\"window\":\"PT1H\"}");
  }

  @Test
  void fourThreadsAreNotEnough() {
    assertThat(templated(atMinutes(0, 1, 2, 3))).isEmpty();
  }

  @Test
  void repliesInTheSameThreadCountAsOneThread() {
    List<QuickReply> replies = new ArrayList<>(atMinutes(0, 1, 2, 3));
    replies.add(reply("t-1", "r-again", T0 + 5 * MINUTE));
    assertThat(templated(replies)).isEmpty();

    replies.add(reply("t-5", "r-5", T0 + 6 * MINUTE));
    assertThat(templated(replies)).containsExactly("r-1", "r-2", "r-3", "r-4", "r-again", "r-5");
  }

  @Test
  void theWindowIncludesBothEnds() {
    assertThat(templated(atMinutes(0, 15, 30, 45, 60))).hasSize(5);
    List<QuickReply> tooLong = atMinutes(0, 15, 30, 45, 60);
    tooLong.set(4, reply("t-5", "r-5", T0 + HOUR + 1));
    assertThat(templated(tooLong)).isEmpty();
  }

  @Test
  void aReplyOutsideEveryBusySpanIsNotTemplated() {
    // Five within 40 minutes, then one more 90 minutes in: its spans hold at most three threads.
    List<String> templated = templated(atMinutes(0, 10, 20, 30, 40, 90));
    assertThat(templated).containsExactly("r-1", "r-2", "r-3", "r-4", "r-5");
  }

  @Test
  void theThreadCountIsTheBusiestSpanAroundTheReply() {
    // The first two replies lie only in spans of six threads; from the third on, the span of
    // 20-80 minutes (or 30-90) holds seven.
    List<Breach> breaches =
        rules
            .decide(
                atMinutes(0, 10, 20, 30, 40, 50, 70, 75, 80, 85), Long.MIN_VALUE, Long.MAX_VALUE)
            .breaches();
    assertThat(breaches)
        .extracting(Breach::detailsJson)
        .containsExactly(
            details(6),
            details(6),
            details(7),
            details(7),
            details(7),
            details(7),
            details(7),
            details(7),
            details(7),
            details(7));
  }

  private static String details(int threads) {
    return "{\"recognisedBy\":\"template\",\"threads\":" + threads + ",\"window\":\"PT1H\"}";
  }

  @Test
  void differentTextsAreCountedApart() {
    List<QuickReply> replies = new ArrayList<>(atMinutes(0, 1, 2));
    replies.add(reply("t-4", "r-4", T0 + 3 * MINUTE, 7L));
    replies.add(reply("t-5", "r-5", T0 + 4 * MINUTE, 7L));
    assertThat(templated(replies)).isEmpty();
  }

  @Test
  void aRepeatedDeliveryCountsOnce() {
    List<QuickReply> replies = new ArrayList<>(atMinutes(0, 1, 2, 3, 4));
    replies.add(replies.get(0));
    assertThat(templated(replies)).containsExactly("r-1", "r-2", "r-3", "r-4", "r-5");

    List<QuickReply> four = new ArrayList<>(atMinutes(0, 1, 2, 3));
    four.add(four.get(3));
    assertThat(templated(four)).isEmpty();
  }

  @Test
  void aReplyIsDecidedOnlyOnceTheWindowAfterItHasPassed() {
    List<QuickReply> replies = atMinutes(0, 1, 2, 3, 4);
    TemplateRepetition.Decisions early = rules.decide(replies, Long.MIN_VALUE, T0 + HOUR - 1);
    assertThat(early.breaches()).isEmpty();
    assertThat(early.kept()).hasSize(5);
    assertThat(early.nextWakeUp()).isEqualTo(T0 + HOUR);

    TemplateRepetition.Decisions first = rules.decide(early.kept(), T0 + HOUR - 1, T0 + HOUR);
    assertThat(first.breaches()).extracting(Breach::messageId).containsExactly("r-1");
    assertThat(first.nextWakeUp()).isEqualTo(T0 + MINUTE + HOUR);

    TemplateRepetition.Decisions rest =
        rules.decide(first.kept(), T0 + HOUR, T0 + 4 * MINUTE + HOUR);
    assertThat(rest.breaches())
        .extracting(Breach::messageId)
        .containsExactly("r-2", "r-3", "r-4", "r-5");
    assertThat(rest.nextWakeUp()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void decidedRepliesOlderThanTheWindowAreForgotten() {
    List<QuickReply> replies = atMinutes(0, 1, 2, 3, 4, 70);
    TemplateRepetition.Decisions decisions =
        rules.decide(replies, Long.MIN_VALUE, T0 + 4 * MINUTE + HOUR);
    // r-6 (at 70 min) is undecided: it still needs what happened from 10 minutes on.
    assertThat(decisions.kept()).extracting(QuickReply::messageId).containsExactly("r-6");

    TemplateRepetition.Decisions last =
        rules.decide(decisions.kept(), T0 + 4 * MINUTE + HOUR, T0 + 70 * MINUTE + HOUR);
    assertThat(last.breaches()).isEmpty();
    assertThat(last.kept()).isEmpty();
  }

  @Test
  void settingsOutOfRangeAreRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new TemplateRepetition(1, Duration.ofHours(1)))
        .isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new TemplateRepetition(5, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
