package com.swopify.slamonitor.absence;

import static com.swopify.slamonitor.absence.AbsenceTestKit.announced;
import static com.swopify.slamonitor.absence.AbsenceTestKit.cancelled;
import static com.swopify.slamonitor.absence.AbsenceTestKit.replied;
import static com.swopify.slamonitor.absence.AbsenceTestKit.waitOpened;
import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.BreachType;
import com.swopify.slamonitor.events.Ids;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Rule R6 on the Slovak calendar (UTC+1 in winter, so a local day ends at 22:59:59.999Z). A wait
 * opened on Friday 20 November 2026 at 15:40 local: its whole days start on Monday the 23rd, and
 * the sixth business day, Monday 30 November, makes the silence exceed five.
 */
class UnannouncedAbsenceTest {
  static final String OPENED = "2026-11-20T14:40:00Z";
  static final String END_OF_30_NOV = "2026-11-30T22:59:59.999Z";

  @Test
  void silenceThroughSixWholeBusinessDaysIsOneBreachAtTheEndOfTheSixth() {
    AbsenceTestKit kit =
        new AbsenceTestKit()
            .accept(waitOpened("t-1", OPENED))
            .advanceTo("2026-11-30T22:59:59.998Z");
    assertThat(kit.breaches).isEmpty();

    kit.advanceTo(END_OF_30_NOV);
    assertThat(kit.breaches)
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.type()).isEqualTo(BreachType.UNANNOUNCED_ABSENCE);
              assertThat(b.breachId())
                  .isEqualTo(
                      Ids.of(
                          "breach",
                          BreachType.UNANNOUNCED_ABSENCE,
                          "s-1",
                          "SK",
                          Instant.parse(OPENED)));
              assertThat(b.occurredAt()).isEqualTo(Instant.parse(END_OF_30_NOV));
              assertThat(b.threadId()).isNull();
              assertThat(b.noticeId()).isNull();
              assertThat(b.detailsJson())
                  .isEqualTo(
                      "{\"silentSince\":\"2026-11-20T14:40:00Z\","
                          + "\"businessDays\":6,\"lastDay\":\"2026-11-30\",\"waitingThreads\":1}");
            });

    // The silence goes on: still one breach for the stretch.
    kit.advanceTo("2027-01-31T00:00:00Z");
    assertThat(kit.breaches).hasSize(1);
  }

  @Test
  void aReplyInTheLastMillisecondOfTheSixthDayEndsTheSilenceInTime() {
    AbsenceTestKit kit =
        new AbsenceTestKit()
            .accept(waitOpened("t-1", OPENED), replied("t-2", END_OF_30_NOV))
            .advanceTo("2026-12-05T00:00:00Z");

    assertThat(kit.breaches).isEmpty();
    // A reply on another thread is the seller speaking, but t-1 still waits: a new stretch.
    assertThat(kit.state.stretches().get("SK").since())
        .isEqualTo(AbsenceTestKit.millis(END_OF_30_NOV));
  }

  @Test
  void aReplyOnAnotherThreadStartsANewStretchForTheBuyerStillWaiting() {
    AbsenceTestKit kit =
        new AbsenceTestKit()
            .accept(
                waitOpened("t-1", OPENED),
                waitOpened("t-2", "2026-11-24T10:00:00Z"),
                replied("t-2", "2026-11-25T10:00:00Z"))
            .advanceTo("2027-01-31T00:00:00Z");

    // Whole days after Wednesday 25 November: 26, 27, 30 November, 1, 2, 3 December.
    assertThat(kit.breaches)
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.occurredAt()).isEqualTo(Instant.parse("2026-12-03T22:59:59.999Z"));
              assertThat(b.detailsJson())
                  .contains("\"silentSince\":\"2026-11-25T10:00:00Z\"", "\"waitingThreads\":1");
            });
  }

  @Test
  void theLastWaitAnsweredEndsTheStretchAndItsState() {
    AbsenceTestKit kit =
        new AbsenceTestKit()
            .accept(
                waitOpened("t-1", OPENED),
                waitOpened("t-2", "2026-11-23T10:00:00Z"),
                replied("t-1", "2026-11-24T10:00:00Z"),
                replied("t-2", "2026-11-24T11:00:00Z"))
            .advanceTo("2026-11-24T11:00:00Z");

    assertThat(kit.state.isEmpty()).isTrue();
    kit.advanceTo("2027-01-31T00:00:00Z");
    assertThat(kit.breaches).isEmpty();
  }

  @Test
  void aStretchStartingAtMidnightCountsThatDay() {
    // Monday 23 November 00:00 local: the 23rd is whole, so the sixth day is Monday the 30th.
    AbsenceTestKit kit =
        new AbsenceTestKit()
            .accept(waitOpened("t-1", "2026-11-22T23:00:00Z"))
            .advanceTo("2027-01-31T00:00:00Z");

    assertThat(kit.breaches)
        .extracting(Breach::occurredAt)
        .containsExactly(Instant.parse(END_OF_30_NOV));
  }

  @Test
  void daysOfAnAnnouncedAbsenceDoNotCount() {
    // 25-27 November announced: counted are 23, 24, 30 November, 1, 2, 3 December.
    AbsenceTestKit kit =
        new AbsenceTestKit()
            .accept(announced("n-1", "2026-11-02T10:00:00Z", "2026-11-25", "2026-11-27"))
            .accept(waitOpened("t-1", OPENED))
            .advanceTo("2027-01-31T00:00:00Z");

    assertThat(kit.breaches)
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.occurredAt()).isEqualTo(Instant.parse("2026-12-03T22:59:59.999Z"));
              assertThat(b.detailsJson()).contains("\"businessDays\":6");
            });
  }

  @Test
  void anAbsenceAnnouncedDuringTheSilenceCoversItsDaysToo() {
    // Announced late, on the 27th, for 23-27 November (5 days: no notice needed).
    AbsenceTestKit kit =
        new AbsenceTestKit()
            .accept(waitOpened("t-1", OPENED))
            .accept(announced("n-1", "2026-11-27T10:00:00Z", "2026-11-23", "2026-11-27"))
            .advanceTo("2027-01-31T00:00:00Z");

    // Counted: 30 November to 7 December (6 business days; 8 December is not a Slovak holiday).
    assertThat(kit.breaches)
        .extracting(Breach::type, Breach::occurredAt)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                BreachType.UNANNOUNCED_ABSENCE, Instant.parse("2026-12-07T22:59:59.999Z")));
  }

  @Test
  void aCancellationBringsTheCheckForwardToTheEndOfItsDay() {
    // 23 November to 4 December announced, then cancelled on Wednesday 2 December: the days
    // 23 November to 2 December were never covered by then, 8 of them, so the breach comes at
    // the end of the 2nd, not six business days later.
    AbsenceTestKit kit =
        new AbsenceTestKit()
            .accept(announced("n-1", "2026-11-02T10:00:00Z", "2026-11-23", "2026-12-04"))
            .accept(waitOpened("t-1", OPENED))
            .accept(cancelled("n-1", "2026-12-02T10:00:00Z", "2026-11-23", "2026-12-04"))
            .advanceTo("2027-01-31T00:00:00Z");

    assertThat(kit.breaches)
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.occurredAt()).isEqualTo(Instant.parse("2026-12-02T22:59:59.999Z"));
              assertThat(b.detailsJson()).contains("\"businessDays\":8");
            });
  }

  @Test
  void holidaysDoNotCountAndTheCountCrossesNewYear() {
    // Opened Wednesday 23 December 2026: whole days (24-26 closed) 28, 29, 30, 31 December,
    // (1 January closed) 4, 5 January = 6.
    AbsenceTestKit kit =
        new AbsenceTestKit()
            .accept(waitOpened("t-1", "2026-12-23T09:00:00Z"))
            .advanceTo("2027-01-31T00:00:00Z");
    assertThat(kit.breaches)
        .extracting(Breach::occurredAt)
        .containsExactly(Instant.parse("2027-01-05T22:59:59.999Z"));
  }

  @Test
  void aSilenceAcrossTheDstChangeEndsAtLocalSummerMidnight() {
    // Opened Monday 22 March 2027: whole days 23, 24, 25 (26 Good Friday, 29 Easter Monday
    // closed), 30, 31 March, 1 April: the sixth ends at 23:59:59.999 CEST = 21:59:59.999Z.
    AbsenceTestKit kit =
        new AbsenceTestKit()
            .accept(waitOpened("t-1", "2027-03-22T09:00:00Z"))
            .advanceTo("2027-04-30T00:00:00Z");
    assertThat(kit.breaches)
        .extracting(Breach::occurredAt)
        .containsExactly(Instant.parse("2027-04-01T21:59:59.999Z"));
  }

  @Test
  void aNoticeIsKeptBeyondItsRetentionWhileASilenceStillCountsOnItsDays() {
    // Retention of one day: n-1 (23-24 November) could go at the end of the 25th, but the
    // silence open since the 20th still counts on its days until it is reported.
    AbsenceTestKit kit =
        new AbsenceTestKit(java.time.Duration.ofDays(1))
            .accept(announced("n-1", "2026-11-02T10:00:00Z", "2026-11-23", "2026-11-24"))
            .accept(waitOpened("t-1", OPENED))
            .advanceTo("2026-11-28T00:00:00Z");
    assertThat(kit.state.notices()).containsOnlyKeys("n-1");

    // Counted 25, 26, 27, 30 November, 1, 2 December: reported on the 2nd, then forgotten.
    kit.advanceTo("2026-12-31T00:00:00Z");
    assertThat(kit.breaches)
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.occurredAt()).isEqualTo(Instant.parse("2026-12-02T22:59:59.999Z"));
              assertThat(b.detailsJson()).contains("\"businessDays\":6");
            });
    assertThat(kit.state.notices()).isEmpty();
    assertThat(kit.state.stretches()).containsOnlyKeys("SK");
  }
}
