package com.swopify.slamonitor.calendar;

import static com.swopify.slamonitor.calendar.TestMarkets.at;
import static com.swopify.slamonitor.calendar.TestMarkets.calendar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Hand-computed examples: every expected value was worked out on paper from the contract. */
class BusinessCalendarTest {
  private static final Duration DAY = Duration.ofHours(24);
  private static final String BRATISLAVA = "timeZone: Europe/Bratislava";
  private static final String EVERY_DAY =
      "businessHours: {MONDAY: ['00:00-24:00'], TUESDAY: ['00:00-24:00'],"
          + " WEDNESDAY: ['00:00-24:00'], THURSDAY: ['00:00-24:00'], FRIDAY: ['00:00-24:00'],"
          + " SATURDAY: ['00:00-24:00'], SUNDAY: ['00:00-24:00']}";
  private static final String SPLIT_DAYS =
      "businessHours: {MONDAY: ['08:00-12:00', '13:00-17:00'],"
          + " TUESDAY: ['08:00-12:00', '13:00-17:00'], WEDNESDAY: ['08:00-12:00', '13:00-17:00'],"
          + " THURSDAY: ['08:00-12:00', '13:00-17:00'], FRIDAY: ['08:00-14:00']}";

  @Nested
  class DefaultHours {
    private final BusinessCalendar sk = calendar(BRATISLAVA);

    @Test
    void mondayMorningIsDueTuesdayMorning() {
      assertThat(sk.add(at("2026-11-23T10:00+01:00"), DAY)).isEqualTo(at("2026-11-24T10:00+01:00"));
    }

    @Test
    void fridayMorningIsDueMondayMorning() {
      assertThat(sk.add(at("2026-11-27T10:00+01:00"), DAY)).isEqualTo(at("2026-11-30T10:00+01:00"));
    }

    @Test
    void clockStartedOnSaturdayStartsMondayAtMidnight() {
      assertThat(sk.add(at("2026-11-28T12:00+01:00"), DAY)).isEqualTo(at("2026-12-01T00:00+01:00"));
      assertThat(sk.nextOpening(at("2026-11-28T12:00+01:00")))
          .isEqualTo(at("2026-11-30T00:00+01:00"));
    }

    @Test
    void clockRunningOutAtFridayMidnightIsDueThenNotOnMonday() {
      assertThat(sk.add(at("2026-11-27T00:00+01:00"), DAY)).isEqualTo(at("2026-11-28T00:00+01:00"));
    }

    @Test
    void addingNothingLeavesTheInstantEvenOutsideHours() {
      Instant saturday = at("2026-11-28T12:00+01:00");
      assertThat(sk.add(saturday, Duration.ZERO)).isEqualTo(saturday);
    }

    @Test
    void betweenBackwardsOrEmptyIsZero() {
      assertThat(sk.between(at("2026-11-24T10:00+01:00"), at("2026-11-23T10:00+01:00"))).isZero();
      assertThat(sk.between(at("2026-11-24T10:00+01:00"), at("2026-11-24T10:00+01:00"))).isZero();
    }

    @Test
    void betweenSkipsTheWeekend() {
      assertThat(sk.between(at("2026-11-27T10:00+01:00"), at("2026-11-30T10:00+01:00")))
          .isEqualTo(DAY);
    }

    @Test
    void negativeDurationIsRejected() {
      assertThatThrownBy(() -> sk.add(at("2026-11-27T10:00+01:00"), Duration.ofHours(-1)))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void crossesNewYearWithoutHolidays() {
      assertThat(sk.add(at("2026-12-31T10:00+01:00"), DAY)).isEqualTo(at("2027-01-01T10:00+01:00"));
      assertThat(sk.between(at("2026-12-31T10:00+01:00"), at("2027-01-01T10:00+01:00")))
          .isEqualTo(DAY);
    }

    @Test
    void farYearsAreBuiltOnDemand() {
      // 2500-06-01 and 1900-06-01 are Tuesday and Friday.
      assertThat(sk.add(at("2500-06-01T10:00+01:00"), DAY)).isEqualTo(at("2500-06-02T10:00+01:00"));
      assertThat(sk.add(at("1900-06-01T10:00+01:00"), DAY)).isEqualTo(at("1900-06-04T10:00+01:00"));
    }

    @Test
    void millisecondVersionsAgreeWithInstantOnes() {
      long t = at("2026-11-27T10:00+01:00").toEpochMilli();
      assertThat(sk.add(t, DAY.toMillis())).isEqualTo(at("2026-11-30T10:00+01:00").toEpochMilli());
      assertThat(sk.between(t, at("2026-11-30T10:00+01:00").toEpochMilli()))
          .isEqualTo(DAY.toMillis());
    }
  }

  @Nested
  class SlovakHolidays {
    private final BusinessCalendar sk = calendar(BRATISLAVA, "holidayCountry: SK");

    @Test
    void christmasHolidaysPushTheDeadlinePastTheWeekend() {
      // Wed 23 Dec; 24, 25, 26 Dec are holidays, 27 Dec is Sunday.
      assertThat(sk.add(at("2026-12-23T10:00+01:00"), DAY)).isEqualTo(at("2026-12-28T10:00+01:00"));
    }

    @Test
    void newYearsDayIsAHolidayAcrossTheYearBoundary() {
      // Thu 31 Dec; Fri 1 Jan is a holiday, then the weekend.
      assertThat(sk.add(at("2026-12-31T10:00+01:00"), DAY)).isEqualTo(at("2027-01-04T10:00+01:00"));
    }

    @Test
    void epiphanyAddsABusinessDay() {
      assertThat(sk.add(at("2027-01-05T10:00+01:00"), DAY)).isEqualTo(at("2027-01-07T10:00+01:00"));
    }

    @Test
    void holidaysAreNotBusinessDays() {
      assertThat(sk.isBusinessDay(LocalDate.parse("2026-12-24"))).isFalse();
      assertThat(sk.isBusinessDay(LocalDate.parse("2027-01-06"))).isFalse();
      assertThat(sk.isBusinessDay(LocalDate.parse("2026-12-26"))).isFalse();
      assertThat(sk.isBusinessDay(LocalDate.parse("2026-12-28"))).isTrue();
      assertThat(sk.isBusinessDay(LocalDate.parse("2026-12-27"))).isFalse(); // Sunday
    }

    @Test
    void countsBusinessDaysAcrossNewYear() {
      // Dec 21-23, Dec 28-31, Jan 4, 5, 7, 8.
      assertThat(sk.businessDays(LocalDate.parse("2026-12-21"), LocalDate.parse("2027-01-08")))
          .isEqualTo(11);
      assertThat(sk.businessDays(LocalDate.parse("2026-12-24"), LocalDate.parse("2026-12-24")))
          .isZero();
      assertThat(sk.businessDays(LocalDate.parse("2027-01-08"), LocalDate.parse("2026-12-21")))
          .isZero();
    }

    @Test
    void listedHolidaysCloseTooAndCombineWithPublicOnes() {
      BusinessCalendar withOwn =
          calendar(BRATISLAVA, "holidayCountry: SK", "holidays: [2026-12-28]");
      assertThat(withOwn.add(at("2026-12-23T10:00+01:00"), DAY))
          .isEqualTo(at("2026-12-29T10:00+01:00"));
    }
  }

  @Nested
  class SplitDays {
    private final BusinessCalendar office = calendar(BRATISLAVA, SPLIT_DAYS);

    @Test
    void twentyFourBusinessHoursAreThreeOfficeDays() {
      // Mon 11:00: 1 h + 4 h Monday, 8 h Tuesday, 8 h Wednesday, 3 h Thursday.
      assertThat(office.add(at("2026-11-23T11:00+01:00"), DAY))
          .isEqualTo(at("2026-11-26T11:00+01:00"));
    }

    @Test
    void runningOutAtLunchIsDueAtNoonNotAfterLunch() {
      assertThat(office.add(at("2026-11-23T11:00+01:00"), Duration.ofHours(1)))
          .isEqualTo(at("2026-11-23T12:00+01:00"));
    }

    @Test
    void clockStartedAtLunchStartsAfterLunch() {
      assertThat(office.add(at("2026-11-23T12:30+01:00"), Duration.ofHours(1)))
          .isEqualTo(at("2026-11-23T14:00+01:00"));
      assertThat(office.nextOpening(at("2026-11-23T12:00+01:00")))
          .isEqualTo(at("2026-11-23T13:00+01:00"));
      assertThat(office.nextOpening(at("2026-11-23T11:59+01:00")))
          .isEqualTo(at("2026-11-23T11:59+01:00"));
    }

    @Test
    void shortFridayRunsIntoMonday() {
      // Fri 13:00: 1 h on Friday (closes 14:00), 2 h from Monday 08:00.
      assertThat(office.add(at("2026-11-27T13:00+01:00"), Duration.ofHours(3)))
          .isEqualTo(at("2026-11-30T10:00+01:00"));
    }

    @Test
    void betweenCountsOnlyOpenTime() {
      assertThat(office.between(at("2026-11-23T00:00+01:00"), at("2026-11-24T00:00+01:00")))
          .isEqualTo(Duration.ofHours(8));
      assertThat(office.between(at("2026-11-23T11:30+01:00"), at("2026-11-23T13:30+01:00")))
          .isEqualTo(Duration.ofHours(1));
    }
  }

  @Nested
  class MidnightAndTwentyFour {
    private final BusinessCalendar evenings =
        calendar(BRATISLAVA, "businessHours: {FRIDAY: ['18:00-24:00'], SATURDAY: ['00:00-06:00']}");

    @Test
    void twentyFourHundredJoinsTheNextDaysMidnight() {
      assertThat(evenings.add(at("2026-11-27T23:00+01:00"), Duration.ofHours(2)))
          .isEqualTo(at("2026-11-28T01:00+01:00"));
      assertThat(evenings.between(at("2026-11-27T00:00+01:00"), at("2026-11-30T00:00+01:00")))
          .isEqualTo(Duration.ofHours(12));
    }

    @Test
    void aDayIsABusinessDayOnlyIfItsOwnHoursOpen() {
      assertThat(evenings.isBusinessDay(LocalDate.parse("2026-11-27"))).isTrue();
      assertThat(evenings.isBusinessDay(LocalDate.parse("2026-11-28"))).isTrue();
      assertThat(evenings.isBusinessDay(LocalDate.parse("2026-11-29"))).isFalse();
    }
  }

  @Nested
  class DaylightSavingInBratislava {
    private final BusinessCalendar always = calendar(BRATISLAVA, EVERY_DAY);

    @Test
    void springSundayLasts23HoursAndAutumnSunday25() {
      assertThat(always.between(at("2026-03-29T00:00+01:00"), at("2026-03-30T00:00+02:00")))
          .isEqualTo(Duration.ofHours(23));
      assertThat(always.between(at("2026-10-25T00:00+02:00"), at("2026-10-26T00:00+01:00")))
          .isEqualTo(Duration.ofHours(25));
    }

    @Test
    void durationsAreRealElapsedTimeAcrossTheChange() {
      // Saturday noon CET + 24 h is Sunday 13:00 CEST (clocks went forward).
      assertThat(always.add(at("2026-03-28T12:00+01:00"), DAY))
          .isEqualTo(at("2026-03-29T13:00+02:00"));
      // Saturday noon CEST + 24 h is Sunday 11:00 CET (clocks went back).
      assertThat(always.add(at("2026-10-24T12:00+02:00"), DAY))
          .isEqualTo(at("2026-10-25T11:00+01:00"));
    }

    @Test
    void weekdayHoursIgnoreASundayChange() {
      BusinessCalendar sk = calendar(BRATISLAVA);
      // Fri 10:00 CET to Mon 10:00 CEST is 24 business hours though 71 real hours pass.
      assertThat(sk.add(at("2026-03-27T10:00+01:00"), DAY)).isEqualTo(at("2026-03-30T10:00+02:00"));
      assertThat(sk.add(at("2026-10-23T10:00+02:00"), DAY)).isEqualTo(at("2026-10-26T10:00+01:00"));
    }

    @Test
    void intervalStartingInTheGapOpensAfterTheGap() {
      // 02:30 does not exist on 29 March: it moves forward one hour to 03:30 CEST.
      BusinessCalendar early = calendar(BRATISLAVA, "businessHours: {SUNDAY: ['02:30-05:00']}");
      assertThat(early.nextOpening(at("2026-03-29T00:00+01:00")))
          .isEqualTo(at("2026-03-29T03:30+02:00"));
      assertThat(early.between(at("2026-03-29T00:00+01:00"), at("2026-03-30T00:00+02:00")))
          .isEqualTo(Duration.ofMinutes(90));
      // A normal Sunday keeps its 2.5 hours.
      assertThat(early.between(at("2026-03-22T00:00+01:00"), at("2026-03-23T00:00+01:00")))
          .isEqualTo(Duration.ofMinutes(150));
    }

    @Test
    void intervalThatTheGapTurnsInsideOutIsClosed() {
      // 02:30 becomes 03:30 CEST, after the 03:15 CEST closing: nothing is open that Sunday.
      BusinessCalendar odd =
          calendar(BRATISLAVA, "businessHours: {SUNDAY: ['02:30-03:15'], MONDAY: ['09:00-10:00']}");
      assertThat(odd.isBusinessDay(LocalDate.parse("2026-03-29"))).isFalse();
      assertThat(odd.isBusinessDay(LocalDate.parse("2026-03-22"))).isTrue();
      assertThat(odd.nextOpening(at("2026-03-29T00:00+01:00")))
          .isEqualTo(at("2026-03-30T09:00+02:00"));
    }

    @Test
    void intervalsThatTheGapPushesTogetherCountOnce() {
      // 01:00-02:30 becomes 01:00 CET-03:30 CEST and overlaps 03:00-04:00 CEST: business time is
      // the union 00:00Z-02:00Z.
      BusinessCalendar pushed =
          calendar(BRATISLAVA, "businessHours: {SUNDAY: ['01:00-02:30', '03:00-04:00']}");
      assertThat(pushed.between(at("2026-03-29T00:00+01:00"), at("2026-03-30T00:00+02:00")))
          .isEqualTo(Duration.ofHours(2));
      assertThat(pushed.add(at("2026-03-29T00:00+01:00"), Duration.ofHours(2)))
          .isEqualTo(at("2026-03-29T04:00+02:00"));
      // 03:00-03:15 CEST lies wholly inside the pushed first range and adds nothing.
      BusinessCalendar swallowed =
          calendar(BRATISLAVA, "businessHours: {SUNDAY: ['01:00-02:30', '03:00-03:15']}");
      assertThat(swallowed.between(at("2026-03-29T00:00+01:00"), at("2026-03-30T00:00+02:00")))
          .isEqualTo(Duration.ofMinutes(90));
      assertThat(swallowed.add(at("2026-03-29T00:00+01:00"), Duration.ofMinutes(90)))
          .isEqualTo(at("2026-03-29T03:30+02:00"));
    }

    @Test
    void ambiguousTimeTakesTheEarlierOffset() {
      // 02:30 happens twice on 25 October; the first (CEST) one opens: 00:30Z to 03:00 CET =
      // 02:00Z.
      BusinessCalendar early = calendar(BRATISLAVA, "businessHours: {SUNDAY: ['02:30-03:00']}");
      assertThat(early.nextOpening(at("2026-10-25T00:00+02:00")))
          .isEqualTo(at("2026-10-25T02:30+02:00"));
      assertThat(early.between(at("2026-10-25T00:00+02:00"), at("2026-10-26T00:00+01:00")))
          .isEqualTo(Duration.ofMinutes(90));
    }
  }

  @Nested
  class OtherZones {
    @Test
    void kolkataHalfHourOffset() {
      BusinessCalendar in = calendar("timeZone: Asia/Kolkata");
      assertThat(in.add(at("2026-11-23T10:00+05:30"), DAY)).isEqualTo(at("2026-11-24T10:00+05:30"));
      // Friday 22:00 IST: 2 h left on Friday, the rest from Monday 00:00 IST, which is Sunday in
      // UTC.
      assertThat(in.add(at("2026-11-27T22:00+05:30"), Duration.ofHours(4)))
          .isEqualTo(Instant.parse("2026-11-29T20:30:00Z"));
    }

    @Test
    void sydneyDaylightSavingIsInOctoberAndApril() {
      BusinessCalendar au = calendar("timeZone: Australia/Sydney", EVERY_DAY);
      assertThat(au.between(at("2026-10-04T00:00+10:00"), at("2026-10-05T00:00+11:00")))
          .isEqualTo(Duration.ofHours(23));
      assertThat(au.between(at("2026-04-05T00:00+11:00"), at("2026-04-06T00:00+10:00")))
          .isEqualTo(Duration.ofHours(25));
      BusinessCalendar weekdays = calendar("timeZone: Australia/Sydney");
      assertThat(weekdays.add(at("2026-10-02T10:00+10:00"), DAY))
          .isEqualTo(at("2026-10-05T10:00+11:00"));
    }
  }
}
