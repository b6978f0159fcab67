package com.swopify.slamonitor.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class BusinessWeekTest {
  private static final ZoneId BRATISLAVA = ZoneId.of("Europe/Bratislava");

  private static Instant local(String dateTime) {
    return LocalDateTime.parse(dateTime).atZone(BRATISLAVA).toInstant();
  }

  @Test
  void aWeekdayClockRunsThroughTheDay() {
    // 2026-11-24 is a Tuesday.
    assertThat(BusinessWeek.plus(local("2026-11-24T10:00"), Duration.ofHours(24), BRATISLAVA))
        .isEqualTo(local("2026-11-25T10:00"));
  }

  @Test
  void aFridayClockSkipsTheWeekend() {
    assertThat(BusinessWeek.plus(local("2026-11-27T10:00"), Duration.ofHours(24), BRATISLAVA))
        .isEqualTo(local("2026-11-30T10:00"));
  }

  @Test
  void aWeekendClockStartsOnMonday() {
    assertThat(BusinessWeek.plus(local("2026-11-28T15:00"), Duration.ofHours(3), BRATISLAVA))
        .isEqualTo(local("2026-11-30T03:00"));
  }

  @Test
  void aClockRunningOutAtFridayMidnightIsDueThen() {
    assertThat(BusinessWeek.plus(local("2026-11-27T10:00"), Duration.ofHours(14), BRATISLAVA))
        .isEqualTo(local("2026-11-28T00:00"));
  }

  @Test
  void aClockChangeAtTheWeekendDoesNotMoveTheDueTime() {
    // Clocks go back on Sunday 2026-10-25: the weekend is skipped, the hours stay real.
    assertThat(BusinessWeek.plus(local("2026-10-23T12:00"), Duration.ofHours(24), BRATISLAVA))
        .isEqualTo(local("2026-10-26T12:00"));
  }

  @Test
  void businessDaySpansSkipWeekends() {
    LocalDate thursday = LocalDate.parse("2026-11-26");

    assertThat(BusinessWeek.lastOfBusinessDays(thursday, 1)).isEqualTo(thursday);
    assertThat(BusinessWeek.lastOfBusinessDays(thursday, 3))
        .isEqualTo(LocalDate.parse("2026-11-30"));
    assertThat(BusinessWeek.onOrAfter(LocalDate.parse("2026-11-28")))
        .isEqualTo(LocalDate.parse("2026-11-30"));
  }
}
