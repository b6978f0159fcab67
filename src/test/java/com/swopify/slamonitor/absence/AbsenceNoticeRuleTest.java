package com.swopify.slamonitor.absence;

import static com.swopify.slamonitor.absence.AbsenceTestKit.announced;
import static com.swopify.slamonitor.absence.AbsenceTestKit.cancelled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.swopify.slamonitor.events.AbsenceNotice;
import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.BreachType;
import com.swopify.slamonitor.events.Severity;
import com.swopify.slamonitor.events.TakeoverReason;
import com.swopify.slamonitor.events.TakeoverRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rule R5 and the SELLER_ABSENT takeover on the Slovak calendar. Dates were counted by hand:
 * February 2027 has no Slovak holiday; 24-26 December, 1 and 6 January, Good Friday (26 March 2027)
 * and Easter Monday (29 March 2027) are closed. Bratislava is UTC+1 in winter, UTC+2 from 28 March
 * 2027.
 */
class AbsenceNoticeRuleTest {

  @Test
  void exactlyFiveBusinessDaysNeedNoNotice() {
    // Monday 8 to Friday 12 February 2027, announced the day before.
    AbsenceTestKit kit =
        new AbsenceTestKit()
            .accept(announced("n-1", "2027-02-07T10:00:00Z", "2027-02-08", "2027-02-12"))
            .advanceTo("2027-03-31T00:00:00Z");

    assertThat(kit.breaches).isEmpty();
    assertThat(kit.takeovers).isEmpty();
  }

  @Test
  void sixBusinessDaysWithShortNoticeAreABreachAndGetCover() {
    // Monday 8 to Monday 15 February 2027: the weekend does not count, 6 business days.
    AbsenceTestKit kit =
        new AbsenceTestKit()
            .accept(announced("n-1", "2027-02-07T10:00:00Z", "2027-02-08", "2027-02-15"))
            .advanceTo("2027-02-07T10:00:00Z");

    assertThat(kit.breaches)
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.type()).isEqualTo(BreachType.ABSENCE_NOTICE_TOO_SHORT);
              assertThat(b.sellerId()).isEqualTo("s-1");
              assertThat(b.market()).isEqualTo("SK");
              assertThat(b.noticeId()).isEqualTo("n-1");
              assertThat(b.threadId()).isNull();
              assertThat(b.messageId()).isNull();
              assertThat(b.occurredAt()).isEqualTo(Instant.parse("2027-02-07T10:00:00Z"));
              assertThat(b.detailsJson())
                  .isEqualTo(
                      "{\"absenceBusinessDays\":6,\"noticeDays\":1,"
                          + "\"requiredNoticeDays\":14,\"firstDay\":\"2027-02-08\",\"lastDay\":\"2027-02-15\"}");
            });
    assertThat(kit.takeovers).isEmpty();

    // The takeover waits for the start of the first day: midnight in Bratislava is 23:00Z.
    kit.advanceTo("2027-02-07T22:59:59.999Z");
    assertThat(kit.takeovers).isEmpty();
    kit.advanceTo("2027-02-07T23:00:00Z");
    assertThat(kit.takeovers)
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.reason()).isEqualTo(TakeoverReason.SELLER_ABSENT);
              assertThat(t.severity()).isEqualTo(Severity.STANDARD);
              assertThat(t.threadId()).isNull();
              assertThat(t.sellerId()).isEqualTo("s-1");
              assertThat(t.market()).isEqualTo("SK");
              assertThat(t.requestedAt()).isEqualTo(Instant.parse("2027-02-07T23:00:00Z"));
              assertThat(t.evidenceJson())
                  .isEqualTo(
                      "{\"noticeId\":\"n-1\",\"firstDay\":\"2027-02-08\","
                          + "\"lastDay\":\"2027-02-15\",\"absenceBusinessDays\":6}");
            });
  }

  @Test
  void thirteenDaysOfNoticeAreTooFewFourteenAndFifteenEnough() {
    AbsenceTestKit kit =
        new AbsenceTestKit()
            .accept(
                announced("n-13", "2027-01-26T10:00:00Z", "2027-02-08", "2027-02-15"),
                announced("n-14", "2027-01-25T10:00:00Z", "2027-02-08", "2027-02-15"),
                announced("n-15", "2027-01-24T10:00:00Z", "2027-02-08", "2027-02-15"))
            .advanceTo("2027-03-31T00:00:00Z");

    assertThat(kit.breaches).extracting(Breach::noticeId).containsExactly("n-13");
    assertThat(kit.breaches.get(0).detailsJson()).contains("\"noticeDays\":13");
    // Every long absence gets cover, whatever its notice.
    assertThat(kit.takeovers)
        .extracting(TakeoverRequest::evidenceJson)
        .allSatisfy(e -> assertThat(e).contains("\"absenceBusinessDays\":6"))
        .hasSize(3);
  }

  @Test
  void noticeDaysCountFromTheLocalDateOfNotifiedAt() {
    // 23:30Z on 25 January is 00:30 on the 26th in Bratislava: 13 days, not 14.
    AbsenceTestKit kit =
        new AbsenceTestKit()
            .accept(announced("n-1", "2027-01-25T23:30:00Z", "2027-02-08", "2027-02-15"))
            .advanceTo("2027-01-26T00:00:00Z");

    assertThat(kit.breaches)
        .singleElement()
        .satisfies(b -> assertThat(b.detailsJson()).contains("\"noticeDays\":13"));
  }

  @Test
  void holidaysInsideTheAbsenceAreNotBusinessDays() {
    // Monday 21 to Tuesday 29 December 2026: 7 weekdays, but 24 and 25 are holidays: 5 days.
    AbsenceTestKit kit =
        new AbsenceTestKit()
            .accept(announced("n-1", "2026-12-20T10:00:00Z", "2026-12-21", "2026-12-29"))
            .advanceTo("2027-01-31T00:00:00Z");

    assertThat(kit.breaches).isEmpty();
    assertThat(kit.takeovers).isEmpty();
  }

  @Test
  void theContractsExampleAcrossNewYearHasNineBusinessDays() {
    // 21-23, 28-31 December and 4-5 January; 24-26 December, 1 and 6 January are closed.
    AbsenceTestKit kit =
        new AbsenceTestKit()
            .accept(announced("a-301", "2026-12-10T08:00:00Z", "2026-12-21", "2027-01-06"))
            .advanceTo("2027-01-31T00:00:00Z");

    assertThat(kit.breaches)
        .singleElement()
        .satisfies(
            b ->
                assertThat(b.detailsJson())
                    .isEqualTo(
                        "{\"absenceBusinessDays\":9,\"noticeDays\":11,\"requiredNoticeDays\":14,"
                            + "\"firstDay\":\"2026-12-21\",\"lastDay\":\"2027-01-06\"}"));
    assertThat(kit.takeovers)
        .extracting(TakeoverRequest::requestedAt)
        .containsExactly(Instant.parse("2026-12-20T23:00:00Z"));
  }

  @Test
  void anAbsenceStartingAfterTheDstChangeStartsAtLocalSummerMidnight() {
    // Easter Monday 29 March 2027 (closed) to Friday 9 April: 30, 31 March, 1, 2, 5-9 April.
    // Notified 23:30 CET on 15 March: 14 days.
    AbsenceTestKit kit =
        new AbsenceTestKit()
            .accept(announced("n-1", "2027-03-15T22:30:00Z", "2027-03-29", "2027-04-09"))
            .advanceTo("2027-04-30T00:00:00Z");

    assertThat(kit.breaches).isEmpty();
    assertThat(kit.takeovers)
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.requestedAt()).isEqualTo(Instant.parse("2027-03-28T22:00:00Z"));
              assertThat(t.evidenceJson()).contains("\"absenceBusinessDays\":9");
            });
  }

  @Test
  void anAbsenceAcrossTheDstChangeCountsItsHolidaysOnBothSides() {
    // Monday 22 March to Friday 2 April 2027: Good Friday and Easter Monday closed, 8 days;
    // notified 00:30 CET on 9 March (23:30Z on the 8th): 13 days.
    AbsenceTestKit kit =
        new AbsenceTestKit()
            .accept(announced("n-1", "2027-03-08T23:30:00Z", "2027-03-22", "2027-04-02"))
            .advanceTo("2027-04-30T00:00:00Z");

    assertThat(kit.breaches)
        .singleElement()
        .satisfies(
            b ->
                assertThat(b.detailsJson())
                    .contains("\"absenceBusinessDays\":8", "\"noticeDays\":13"));
    assertThat(kit.takeovers)
        .extracting(TakeoverRequest::requestedAt)
        .containsExactly(Instant.parse("2027-03-21T23:00:00Z"));
  }

  @Test
  void anEditThatLengthensTheAbsenceIsJudgedOnItsOwn() {
    // First 5 days, well ahead; then lengthened to 6 days with only 9 days left.
    AbsenceTestKit kit =
        new AbsenceTestKit()
            .accept(
                announced("n-1", "2027-01-04T10:00:00Z", "2027-02-08", "2027-02-12"),
                announced("n-1", "2027-01-30T10:00:00Z", "2027-02-08", "2027-02-15"))
            .advanceTo("2027-03-31T00:00:00Z");

    assertThat(kit.breaches)
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.occurredAt()).isEqualTo(Instant.parse("2027-01-30T10:00:00Z"));
              assertThat(b.detailsJson()).contains("\"absenceBusinessDays\":6", "\"noticeDays\":9");
            });
    assertThat(kit.takeovers).hasSize(1);
  }

  @Test
  void anEditThatShortensTheAbsenceBeforeItStartsCancelsTheCover() {
    AbsenceTestKit kit =
        new AbsenceTestKit()
            .accept(
                announced("n-1", "2027-01-04T10:00:00Z", "2027-02-08", "2027-02-15"),
                announced("n-1", "2027-02-01T10:00:00Z", "2027-02-08", "2027-02-10"))
            .advanceTo("2027-03-31T00:00:00Z");

    assertThat(kit.breaches).isEmpty();
    assertThat(kit.takeovers).isEmpty();
  }

  @Test
  void aCancellationBeforeTheFirstDayMeansNoCoverAndJudgesNothing() {
    AbsenceTestKit kit =
        new AbsenceTestKit()
            .accept(
                announced("n-1", "2027-02-01T10:00:00Z", "2027-02-08", "2027-02-15"),
                cancelled("n-1", "2027-02-03T10:00:00Z", "2027-02-08", "2027-02-15"))
            .advanceTo("2027-03-31T00:00:00Z");

    // The announced version was too short and stays a breach; the cancellation adds nothing.
    assertThat(kit.breaches)
        .extracting(Breach::occurredAt)
        .containsExactly(Instant.parse("2027-02-01T10:00:00Z"));
    assertThat(kit.takeovers).isEmpty();
  }

  @Test
  void aCancellationExactlyAtTheStartStillComesFirst() {
    AbsenceTestKit kit =
        new AbsenceTestKit()
            .accept(
                announced("n-1", "2027-01-04T10:00:00Z", "2027-02-08", "2027-02-15"),
                cancelled("n-1", "2027-02-07T23:00:00Z", "2027-02-08", "2027-02-15"))
            .advanceTo("2027-03-31T00:00:00Z");

    assertThat(kit.takeovers).isEmpty();
  }

  @Test
  void aCancellationAfterTheFirstDayChangesNothingAlreadyRequested() {
    AbsenceTestKit kit =
        new AbsenceTestKit()
            .accept(
                announced("n-1", "2027-01-04T10:00:00Z", "2027-02-08", "2027-02-15"),
                cancelled("n-1", "2027-02-09T10:00:00Z", "2027-02-08", "2027-02-15"),
                announced("n-1", "2027-02-10T10:00:00Z", "2027-02-11", "2027-02-26"))
            .advanceTo("2027-03-31T00:00:00Z");

    assertThat(kit.takeovers)
        .extracting(TakeoverRequest::requestedAt)
        .containsExactly(Instant.parse("2027-02-07T23:00:00Z"));
    // The re-announcement after the start is judged on its own: 12 business days, 1 day notice.
    assertThat(kit.breaches)
        .singleElement()
        .satisfies(b -> assertThat(b.detailsJson()).contains("\"absenceBusinessDays\":12"));
  }

  @Test
  void aNoticeGivenAfterTheAbsenceStartedIsCoveredFromWhenItCame() {
    AbsenceTestKit kit =
        new AbsenceTestKit()
            .accept(
                announced("n-1", "2027-02-09T10:00:00Z", "2027-02-08", "2027-02-15"),
                announced("n-2", "2027-02-20T10:00:00Z", "2027-02-08", "2027-02-15"))
            .advanceTo("2027-03-31T00:00:00Z");

    // n-2 came after its absence ended: nothing left to cover, but still a breach.
    assertThat(kit.takeovers)
        .extracting(TakeoverRequest::requestedAt)
        .containsExactly(Instant.parse("2027-02-09T10:00:00Z"));
    assertThat(kit.breaches).extracting(Breach::noticeId).containsExactly("n-1", "n-2");
    assertThat(kit.breaches.get(1).detailsJson()).contains("\"noticeDays\":-12");
  }

  @Test
  void duplicatesAndArrivalOrderChangeNothing() {
    List<AbsenceNotice> versions =
        new ArrayList<>(
            List.of(
                announced("n-1", "2027-01-04T10:00:00Z", "2027-02-08", "2027-02-12"),
                announced("n-1", "2027-01-30T10:00:00Z", "2027-02-08", "2027-02-15"),
                announced("n-1", "2027-01-30T10:00:00Z", "2027-02-08", "2027-02-15"),
                announced("n-2", "2027-02-15T10:00:00Z", "2027-02-22", "2027-03-05"),
                cancelled("n-2", "2027-02-16T10:00:00Z", "2027-02-22", "2027-03-05")));
    AbsenceTestKit inOrder =
        new AbsenceTestKit()
            .accept(versions.toArray(AbsenceNotice[]::new))
            .advanceTo("2027-03-31T00:00:00Z");
    Collections.reverse(versions);
    AbsenceTestKit reversed =
        new AbsenceTestKit()
            .accept(versions.toArray(AbsenceNotice[]::new))
            .advanceTo("2027-03-31T00:00:00Z");

    assertThat(inOrder.breaches)
        .extracting(Breach::noticeId, Breach::occurredAt)
        .containsExactly(
            tuple("n-1", Instant.parse("2027-01-30T10:00:00Z")),
            tuple("n-2", Instant.parse("2027-02-15T10:00:00Z")));
    assertThat(reversed.breaches).isEqualTo(inOrder.breaches);
    assertThat(inOrder.takeovers)
        .extracting(TakeoverRequest::evidenceJson)
        .containsExactly(
            "{\"noticeId\":\"n-1\",\"firstDay\":\"2027-02-08\","
                + "\"lastDay\":\"2027-02-15\",\"absenceBusinessDays\":6}");
    assertThat(reversed.takeovers).isEqualTo(inOrder.takeovers);
  }

  @Test
  void aNoticeIsForgottenOnlyLongAfterItsLastDay() {
    AbsenceTestKit kit =
        new AbsenceTestKit()
            .accept(announced("n-1", "2027-01-04T10:00:00Z", "2027-02-08", "2027-02-15"))
            .advanceTo("2027-02-10T00:00:00Z");
    assertThat(kit.state.notices()).containsOnlyKeys("n-1");
    // Last day ends 2027-02-15T23:00Z (CET midnight); 30 days later it is forgotten.
    long forgetAt = AbsenceTestKit.millis("2027-03-17T22:59:59.999Z");
    assertThat(kit.rules.nextWakeUp(kit.state)).isEqualTo(forgetAt);
    kit.advanceTo("2027-03-17T22:59:59.998Z");
    assertThat(kit.state.isEmpty()).isFalse();
    kit.advanceTo("2027-03-17T22:59:59.999Z");
    assertThat(kit.state.isEmpty()).isTrue();
    assertThat(kit.rules.nextWakeUp(kit.state)).isEqualTo(Long.MAX_VALUE);
  }
}
